FROM eclipse-temurin:21-jre
COPY app.jar /app.jar
RUN jar tf /app.jar > /dev/null
CMD ["java", "-jar", "/app.jar"]
