package org.mlasuite.identity.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small OpenID Connect provider for tests, on loopback: discovery, keys, an authorization endpoint that signs the
 * chosen user in at once (as if the user had typed a password there), and a token endpoint that checks what a real
 * provider checks (client secret, code, redirect URI, PKCE) before issuing an RS256 ID token. {@link Mode} makes
 * it misbehave the ways a client must refuse.
 */
public final class FakeOpenIdProvider implements AutoCloseable {

    public static final String CLIENT_ID = "mla-suite";
    public static final String CLIENT_SECRET = "test-client-secret-not-used-anywhere-else";

    /** How the next ID tokens are made. */
    public enum Mode {
        GOOD, FOREIGN_KEY, WRONG_AUDIENCE, WRONG_ISSUER, WRONG_NONCE, EXPIRED, NO_USERNAME, UNSIGNED, TOKEN_ERROR
    }

    private record Grant(String user, String nonce, String redirectUri, String challenge) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey foreignKey;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    /** Every authorization request's parameters, for tests that look at what the client sent. */
    public final List<Map<String, String>> authorizationRequests = new CopyOnWriteArrayList<>();
    private volatile String user = "oidc-user";
    private volatile Mode mode = Mode.GOOD;

    public FakeOpenIdProvider(int port) throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        foreignKey = new RSAKeyGenerator(2048).keyID("k1").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/idp/.well-known/openid-configuration", this::discovery);
        server.createContext("/idp/jwks", x -> send(x, 200, "application/json", new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/idp/authorize", this::authorize);
        server.createContext("/idp/token", this::token);
        server.start();
    }

    public URI issuer() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/idp");
    }

    /** Who the provider signs in next. */
    public FakeOpenIdProvider user(String username) {
        this.user = username;
        return this;
    }

    public FakeOpenIdProvider mode(Mode next) {
        this.mode = next;
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange x) throws IOException {
        String issuer = issuer().toString();
        send(x, 200, "application/json", """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/jwks","response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],"code_challenge_methods_supported":["S256"],
                 "token_endpoint_auth_methods_supported":["client_secret_basic"]}""".formatted(issuer));
    }

    private void authorize(HttpExchange x) throws IOException {
        Map<String, String> q = form(x.getRequestURI().getRawQuery());
        authorizationRequests.add(q);
        String redirect = q.get("redirect_uri");
        if (!CLIENT_ID.equals(q.get("client_id")) || redirect == null || !"S256".equals(q.get("code_challenge_method"))) {
            send(x, 400, "text/plain", "bad authorization request");
            return;
        }
        String code = "code-" + System.nanoTime();
        codes.put(code, new Grant(user, q.get("nonce"), redirect, q.get("code_challenge")));
        x.getResponseHeaders().add("Location", redirect + (redirect.contains("?") ? "&" : "?") + "code=" + enc(code)
                + "&state=" + enc(q.get("state")));
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    private void token(HttpExchange x) throws IOException {
        Map<String, String> body = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String expectedAuth = "Basic " + Base64.getEncoder().encodeToString(
                (enc(CLIENT_ID) + ":" + enc(CLIENT_SECRET)).getBytes(StandardCharsets.UTF_8));
        Grant grant = codes.remove(body.getOrDefault("code", ""));
        if (!expectedAuth.equals(x.getRequestHeaders().getFirst("Authorization"))) {
            send(x, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        if (mode == Mode.TOKEN_ERROR || grant == null || !grant.redirectUri().equals(body.get("redirect_uri"))
                || !grant.challenge().equals(s256(body.getOrDefault("code_verifier", "")))) {
            send(x, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        try {
            send(x, 200, "application/json", "{\"access_token\":\"at-" + System.nanoTime()
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\"" + idToken(grant) + "\"}");
        } catch (JOSEException e) {
            send(x, 500, "text/plain", e.toString());
        }
    }

    private String idToken(Grant grant) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(mode == Mode.WRONG_ISSUER ? "http://127.0.0.1:1/other" : issuer().toString())
                .subject("sub-" + grant.user())
                .audience(mode == Mode.WRONG_AUDIENCE ? "another-client" : CLIENT_ID)
                .issueTime(Date.from(now.minusSeconds(mode == Mode.EXPIRED ? 7200 : 0)))
                .expirationTime(Date.from(mode == Mode.EXPIRED ? now.minusSeconds(3600) : now.plusSeconds(300)))
                .claim("nonce", mode == Mode.WRONG_NONCE ? "not-the-nonce" : grant.nonce());
        if (mode != Mode.NO_USERNAME) {
            claims.claim("preferred_username", grant.user());
        }
        if (mode == Mode.UNSIGNED) {
            return new com.nimbusds.jwt.PlainJWT(claims.build()).serialize();
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims.build());
        jwt.sign(new RSASSASigner(mode == Mode.FOREIGN_KEY ? foreignKey : key));
        return jwt.serialize();
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }
}
