# File header

# about the base stage
# second line
FROM a
  # indented comment
#
# after a blank comment
RUN x
RUN y # not a comment: part of the command
