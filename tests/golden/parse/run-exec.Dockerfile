FROM a
RUN ["/bin/sh", "-c", "echo hi"]
RUN [ "printf" , "%s\n\t\u00e9\ud83d\ude00", "\"quoted\"" ]
ENTRYPOINT ["/entry",
  "--flag"]
