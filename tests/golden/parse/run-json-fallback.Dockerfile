FROM a
CMD ["a", 'b']
CMD ["a"] trailing
CMD ["a",]
CMD [1e999]
CMD [ "unterminated
RUN [not json
