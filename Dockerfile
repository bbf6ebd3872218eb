# Build on the JDK, run on the JRE; the production build leaves the embedded PostgreSQL out.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -Dproduction dependency:go-offline
COPY src src
COPY db db
RUN ./mvnw -B -ntp -Dproduction package && cp target/smp-catalogue-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 smp
USER smp
COPY --from=build /app.jar /app/app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
