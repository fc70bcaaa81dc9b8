# syntax=docker/dockerfile:1
# Builds the application with the Maven wrapper, then runs it on a JRE as a non-root user.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY ownership-core/ ownership-core/
COPY ownership-persistence/ ownership-persistence/
COPY ownership-web/ ownership-web/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package \
    && cp ownership-web/target/ownership-web-*.jar /src/ownership.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system ownership \
    && useradd --system --gid ownership --home-dir /app --shell /usr/sbin/nologin ownership \
    && mkdir -p /app/data \
    && chown -R ownership:ownership /app
WORKDIR /app
COPY --from=build /src/ownership.jar /app/ownership.jar
USER ownership
ENV PORT=8080
EXPOSE 8080
# Without SPRING_DATASOURCE_URL the embedded PostgreSQL keeps its data in /app/data/postgres.
VOLUME ["/app/data"]
ENTRYPOINT ["java", "-jar", "/app/ownership.jar"]
