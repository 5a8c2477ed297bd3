package org.mlasuite.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlasuite.identity.infrastructure.FakeOpenIdProvider;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signing in and the account area, on the built application in Payara Micro, in headless Chromium: the password
 * dialog, who is signed in, the password change and sign-out (which leaves no case data in the browser).
 * Single sign-on through an OpenID Connect provider: the container is
 * configured (pom.xml, failsafe) with the provider stand-in this test starts on a reserved loopback port. The round
 * trip by hand, with its cookies checked one by one; the refusals; and the same round in headless Chromium, where
 * the browser's own SameSite rules apply to the return from the provider's site.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static FakeOpenIdProvider idp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("mla.war", "target/ROOT.war"))).as(WebArchive.class);
    }

    @ArquillianResource
    URL base;

    private Client client;
    private Api api;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startProvider() throws Exception {
        idp = new FakeOpenIdProvider(Integer.getInteger("mla.it.oidc.port"));
    }

    @AfterAll
    static void stopProvider() {
        idp.close();
    }

    @BeforeEach
    void open() {
        client = ClientBuilder.newClient();
        api = new Api(base, client);
        idp.mode(FakeOpenIdProvider.Mode.GOOD);
    }

    @AfterEach
    void close() {
        client.close();
    }

    private HttpResponse<String> get(URI uri, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI app(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private static URI location(HttpResponse<?> response) {
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    /** The Set-Cookie header for the cookie {@code name}, or null. */
    private static String setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
    }

    private static String pair(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    @Test
    void aUserWithAnAccountSignsInThroughTheProviderAndGetsTheUsualSession() throws Exception {
        String username = Api.unique("sso-prosecutor");
        api.createUser(username, List.of("prosecutor"), null);
        idp.user(username);

        JsonObject availability = Api.object(get(app("/api/session/sso"), null).body());
        assertThat(availability.getBoolean("enabled")).isTrue();
        assertThat(availability.getString("name")).isEqualTo("Test IdP");

        HttpResponse<String> login = get(app("/api/session/sso/login"), null);
        assertThat(login.statusCode()).isEqualTo(303);
        URI authorization = location(login);
        assertThat(authorization.toString()).startsWith(idp.issuer() + "/authorize?");
        String binding = setCookie(login, "MLA_SSO");
        assertThat(binding).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/api/session/sso");

        HttpResponse<String> atProvider = get(authorization, null);
        assertThat(atProvider.statusCode()).isEqualTo(302);
        URI callback = location(atProvider);
        assertThat(callback.getPath()).isEqualTo("/api/session/sso/callback");

        HttpResponse<String> back = get(callback, pair(binding));
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(location(back).getPath()).isEqualTo("/");
        assertThat(location(back).getQuery()).isNull();
        String session = setCookie(back, "MLA_SESSION");
        assertThat(session).as("the callback starts the usual session").isNotNull().contains("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");

        HttpResponse<String> me = get(app("/api/session"), pair(session));
        assertThat(me.statusCode()).isEqualTo(200);
        JsonObject view = Api.object(me.body());
        assertThat(view.getJsonObject("account").getString("username")).isEqualTo(username);
        assertThat(view.getString("csrfToken")).hasSize(43);

        // the same callback again (a replayed or bookmarked address) signs no one in
        HttpResponse<String> replay = get(callback, pair(binding));
        assertThat(location(replay).getQuery()).isEqualTo("sso-error=sso-expired");
        assertThat(setCookie(replay, "MLA_SESSION")).isNull();

        JsonObject trail = Api.object(api.at("audit?objectType=account&objectId=" + username)
                .header("Authorization", Api.admin()).get(String.class));
        assertThat(trail.getJsonArray("items").getValuesAs(JsonObject.class)).anyMatch(e -> e.getString("action").equals("session.login")
                && e.getString("detail", "").contains("single sign-on"));
    }

    @Test
    void theReturnIsRefusedWithoutTheBrowsersCookieOrForAUserWithoutAnAccount() throws Exception {
        idp.user(Api.unique("unknown-here"));
        HttpResponse<String> login = get(app("/api/session/sso/login"), null);
        String binding = pair(setCookie(login, "MLA_SSO"));

        URI callback = location(get(location(login), null));
        HttpResponse<String> withoutCookie = get(callback, null);
        assertThat(location(withoutCookie).getQuery()).isEqualTo("sso-error=sso-expired");

        HttpResponse<String> again = get(app("/api/session/sso/login"), null);
        URI secondCallback = location(get(location(again), null));
        HttpResponse<String> noAccount = get(secondCallback, pair(setCookie(again, "MLA_SSO")));
        assertThat(location(noAccount).getQuery()).isEqualTo("sso-error=sso-no-account");
        assertThat(setCookie(noAccount, "MLA_SESSION")).isNull();
        assertThat(binding).startsWith("MLA_SSO=");

        idp.mode(FakeOpenIdProvider.Mode.FOREIGN_KEY);
        String username = Api.unique("sso-forged");
        api.createUser(username, List.of("prosecutor"), null);
        idp.user(username);
        HttpResponse<String> third = get(app("/api/session/sso/login"), null);
        HttpResponse<String> forged = get(location(get(location(third), null)), pair(setCookie(third, "MLA_SSO")));
        assertThat(location(forged).getQuery()).isEqualTo("sso-error=sso-refused");
        assertThat(setCookie(forged, "MLA_SESSION")).isNull();
    }

    @Test
    void inABrowserTheSignInDialogOffersTheProviderAndTheWorkspaceOpensSignedIn() throws Exception {
        String username = Api.unique("sso-browser");
        api.createUser(username, List.of("prosecutor"), null);
        idp.user(username);
        ChromeDriver driver = Browsers.start();
        try {
            // a refused return first: the dialog says why, and the address bar drops the code
            driver.get(base + "?sso-error=sso-no-account");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            var link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-sso")));
            assertThat(driver.findElement(By.cssSelector("#signin .signin-error")).getText())
                    .startsWith("You are known to the identity provider but have no account in this suite.");
            assertThat(driver.getCurrentUrl()).doesNotContain("sso-error");
            assertThat(link.getText()).isEqualTo("Sign in with Test IdP");
            screenshot(driver, "signin-sso-offered");
            link.click();
            // away to the provider and back: the old page goes, then the workspace loads again at its root
            wait.until(ExpectedConditions.stalenessOf(link));
            wait.until(d -> d.getCurrentUrl().equals(base.toString())
                    && "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
            @SuppressWarnings("unchecked")
            Map<String, Object> me = (Map<String, Object>) driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/api/session', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
                      .then((r) => r.ok ? r.json() : { status: r.status }).then(done, (e) => done({ error: String(e) }));""");
            assertThat(me).as("signed in after the return from the provider: %s", me).containsKey("account");
            @SuppressWarnings("unchecked")
            Map<String, Object> account = (Map<String, Object>) me.get("account");
            assertThat(account.get("username")).isEqualTo(username);
            assertThat(driver.findElement(By.id("signin")).getAttribute("open")).as("no sign-in dialog").isNull();
            screenshot(driver, "signin-sso-workspace");
        } finally {
            driver.quit();
        }
    }

    @Test
    void theHeaderShowsWhoIsSignedInWhoChangesTheirPasswordAndSignsOutLeavingNoCaseDataBehind() throws Exception {
        String username = Api.unique("account-owner");
        String password = api.createUser(username, List.of("prosecutor"), null);
        String next = Api.randomPassword();
        ChromeDriver driver = Browsers.start();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(base + "?lang=en");
            signInWithTheDialog(driver, wait, username, password);
            var name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account-name")));
            assertThat(name.getText()).isEqualTo("Signed in as " + username);

            driver.findElement(By.id("account-password")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-current"))).sendKeys("not my password");
            driver.findElement(By.id("password-new")).sendKeys(next);
            driver.findElement(By.id("password-repeat")).sendKeys(next + "x");
            driver.findElement(By.cssSelector("#password-dialog button[type=submit]")).click();
            assertThat(driver.findElement(By.cssSelector("#password-dialog .password-error")).getText())
                    .isEqualTo("The two new passwords differ.");
            assertThat(driver.findElement(By.id("password-repeat")).getAttribute("aria-invalid")).isEqualTo("true");

            driver.findElement(By.id("password-repeat")).clear();
            driver.findElement(By.id("password-repeat")).sendKeys(next);
            driver.findElement(By.cssSelector("#password-dialog button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector("#password-dialog .password-error"), "The current password is wrong."));
            assertThat(driver.findElement(By.id("password-current")).getAttribute("aria-invalid")).isEqualTo("true");
            screenshot(driver, "account-password-wrong-current");

            driver.findElement(By.id("password-current")).clear();
            driver.findElement(By.id("password-current")).sendKeys(password);
            driver.findElement(By.cssSelector("#password-dialog button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBe(By.id("notice"), "Your password has been changed."));
            assertThat(driver.findElement(By.id("password-dialog")).getAttribute("open")).isNull();

            // a saved local copy of a draft (case data) must not outlive the sign-out
            driver.executeScript("localStorage.setItem('mla.unsent.test', JSON.stringify({ id: 'test', dirty: false, document: {} }));");
            driver.findElement(By.id("account-signout")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#signin input[name=username]")));
            assertThat(driver.executeScript("return localStorage.getItem('mla.unsent.test');")).isNull();
            assertThat(driver.findElement(By.id("account")).isDisplayed()).isFalse();

            signInWithTheDialog(driver, wait, username, next);
            wait.until(ExpectedConditions.textToBe(By.id("account-name"), "Signed in as " + username));
            screenshot(driver, "account-signed-in");
        } finally {
            driver.quit();
        }
    }

    private static void signInWithTheDialog(ChromeDriver driver, WebDriverWait wait, String username, String password) {
        var user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#signin input[name=username]")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("#signin input[name=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("#signin button[type=submit]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("signin")));
    }

    private static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
