package org.mlasuite.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/** The deployed API as the tests drive it: addresses, credentials, accounts made through the admin API. */
final class Api {

    static final String ADMIN = System.getProperty("mla.it.admin.user", "it-admin");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URL base;
    private final Client client;

    Api(URL base, Client client) {
        this.base = base;
        this.client = client;
    }

    URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + "/api/" + path);
    }

    Invocation.Builder at(String path) {
        return client.target(uri(path)).request();
    }

    Invocation.Builder at(URI uri) {
        return client.target(uri).request();
    }

    static String adminPassword() {
        String password = System.getProperty("mla.it.admin.password");
        assertThat(password).as("mla.it.admin.password is set by the failsafe configuration").isNotBlank();
        return password;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static String admin() {
        return basic(ADMIN, adminPassword());
    }

    /** A username no earlier run used (the test database survives between runs). */
    static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36) + RANDOM.nextInt(1000);
    }

    static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A new account made by the administrator; returns its password. */
    String createUser(String username, List<String> roles, String stateCode) {
        String password = randomPassword();
        String body = Json.createObjectBuilder().add("username", username).add("password", password)
                .add("roles", Json.createArrayBuilder(roles)).addAll(stateCode == null ? Json.createObjectBuilder()
                        : Json.createObjectBuilder().add("stateCode", stateCode)).build().toString();
        Response created = at("admin/users").header("Authorization", admin()).post(Entity.json(body));
        assertThat(created.getStatus()).as(created.readEntity(String.class)).isEqualTo(201);
        return password;
    }

    /** A personal API token for the user, made with the user's password. */
    String token(String username, String password) {
        Response r = at("tokens").header("Authorization", basic(username, password)).post(Entity.json("{\"name\":\"it\",\"days\":1}"));
        assertThat(r.getStatus()).isEqualTo(201);
        return object(r.readEntity(String.class)).getString("token");
    }

    /** A new account with one role, and a bearer header for it. */
    String userWithToken(String prefix, String role, String stateCode) {
        String username = unique(prefix);
        return bearer(token(username, createUser(username, List.of(role), stateCode)));
    }

    JsonObject firstSample() {
        Response samples = at("samples").accept(MediaType.APPLICATION_JSON).get();
        assertThat(samples.getStatus()).isEqualTo(200);
        return array(samples.readEntity(String.class)).getJsonObject(0);
    }

    static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static JsonArray array(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    /** Asserts a problem+json answer with this status, and returns the problem. */
    static JsonObject assertProblem(Response r, int status) {
        String body = r.readEntity(String.class);
        assertThat(r.getStatus()).as(body).isEqualTo(status);
        assertThat(r.getMediaType().toString()).startsWith("application/problem+json");
        JsonObject problem = object(body);
        assertThat(problem.getInt("status")).isEqualTo(status);
        return problem;
    }
}
