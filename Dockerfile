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
    && cp ownership-web/target/ownership-web-*.jar /src/ownership.jar \
    && java -Djarmode=tools -jar /src/ownership.jar extract --destination /src/app

FROM eclipse-temurin:17-jre
RUN groupadd --system ownership \
    && useradd --system --gid ownership --home-dir /app --shell /usr/sbin/nologin ownership \
    && mkdir -p /app/data \
    && chown -R ownership:ownership /app
WORKDIR /app
# The jar extracted as Spring Boot documents for containers (the application's jar and its libraries side by
# side): classes and static files are read from plain jars instead of jars nested in the fat jar.
COPY --from=build /src/app/ /app/
USER ownership
ENV PORT=8080
# Memory (docs/performance.md, "The run options side by side"): a 512 MiB heap with the default collector (G1: the
# serial one saved 26 MiB but its full collections, 250-350 ms each, set the pages' p99), smaller thread stacks and
# two malloc arenas instead of eight per core. Override with -e JAVA_TOOL_OPTIONS=...
ENV JAVA_TOOL_OPTIONS="-Xmx512m -Xss512k" \
    MALLOC_ARENA_MAX=2
EXPOSE 8080
# Without SPRING_DATASOURCE_URL the embedded PostgreSQL keeps its data in /app/data/postgres.
VOLUME ["/app/data"]
ENTRYPOINT ["java", "-jar", "/app/ownership.jar"]
