FROM a
RUN one \
# a comment inside the continuation
    # an indented one
    two \
\
    three   \   
    four
RUN echo backslash\\
RUN next
RUN a\ 
RUN b
