package org.mlasuite.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The central authority's desk in real headless Chromium against the deployed war: a prosecutor's draft (the
 * sample 'mla-nld-jpn-drugs' without its purpose) becomes a PDF through the API; an officer of Japan signs in in
 * the browser, imports that PDF through the page's file input, sees the fingerprint verified and the missing
 * purpose in the review, accepts that finding, walks the request through the workflow (a change made elsewhere in
 * between is reloaded and announced), adds a deadline, closes the request and finds it counted in the statistics.
 * A paper request is registered by hand with its scan. axe-core on the register, entry and statistics pages;
 * screenshots in target/screenshots/desk-*.png. Skipped where no Chromium is installed; .ci/run installs it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskBrowserIT {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Path REPORT = Path.of("target/desk-browser.txt");
    static final Path FILES = Path.of("target/desk-browser-files");

    static ChromeDriver driver;
    static String officer;
    static String officerPassword;
    static String entryId;
    static String registerNumber;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("mla.war", "target/ROOT.war"))).as(WebArchive.class);
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = Browsers.start();
        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(FILES);
        Files.writeString(REPORT, "");
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void anOfficerImportsTheProsecutorsPdfReviewsItWalksTheWorkflowAndFindsItInTheStatistics() throws Exception {
        Path pdf = prosecutorsPdfWithoutPurpose();
        signInAsOfficerOfJapan();

        // the register, reached from the header link that officers see
        open("/?lang=en#/drafts");
        WebElement nav = await(By.id("nav-desk"));
        nav.click();
        await(By.id("desk-import-file"));
        wait(10).until(d -> "page".equals(driver.findElement(By.id("nav-desk")).getAttribute("aria-current")));

        // import the PDF through the file input
        driver.findElement(By.id("desk-import-file")).sendKeys(pdf.toAbsolutePath().toString());
        driver.findElement(By.id("desk-import-submit")).click();
        wait(30).until(d -> d.getCurrentUrl().matches(".*#/desk/(?!statistics)[^/]+$"));
        entryId = driver.getCurrentUrl().replaceAll(".*#/desk/", "");
        WebElement fingerprint = await(By.id("desk-fingerprint"));
        assertThat(fingerprint.getAttribute("data-check")).isEqualTo("verified");
        assertThat(fingerprint.getText()).contains("Fingerprint verified");
        assertThat(text(By.id("notice"))).startsWith("Registered as");
        assertThat(text(By.id("desk-entry-summary"))).contains("Netherlands").contains("Japan").contains("Mutual legal assistance");
        assertThat(status()).isEqualTo("received");
        registerNumber = text(By.id("desk-entry-title")).replaceFirst("^Request ", "");

        // the review names the missing purpose; the officer accepts it with a note
        By purpose = By.cssSelector("#desk-review li[data-finding-id='mla.purpose']");
        WebElement finding = await(purpose);
        assertThat(finding.getText()).contains("Fix:");
        assertThat(finding.findElements(By.cssSelector(".cite"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#desk-grounds li[data-code]"))).isNotEmpty();
        screenshot("desk-entry-imported");
        assertNoSeriousAccessibilityViolations("desk entry");
        finding.findElement(By.cssSelector("input[type='text']")).sendKeys("Ask the Netherlands for the purpose");
        finding.findElement(By.cssSelector("button.desk-accept")).click();
        wait(15).until(d -> "accepted".equals(d.findElement(purpose).getAttribute("data-verdict")));
        assertThat(driver.findElement(purpose).getText()).contains("Accepted:").contains("Ask the Netherlands for the purpose");

        // the workflow: under review, then additional information requested
        move("under-review");
        move("additional-information-requested");

        // a deadline for the additional information, listed with its note
        assertThat(new Select(driver.findElement(By.id("desk-deadline-kind"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("additional-information");
        js("document.getElementById('desk-deadline-date').value = '2027-01-15';");
        driver.findElement(By.id("desk-deadline-note")).sendKeys("purpose of the request");
        driver.findElement(By.id("desk-deadline-add")).click();
        wait(15).until(d -> d.findElements(By.cssSelector(".desk-deadline-table tr[data-kind='additional-information']")).stream()
                .anyMatch(r -> r.getText().contains("purpose of the request")));
        assertThat(text(By.id("notice"))).isEqualTo("The deadline was added.");
        screenshot("desk-entry-deadline");

        // a change made elsewhere (the officer assigns the request through the API): the next action meets 412,
        // the page reloads and says so, and the action then succeeds on the current version
        assignThroughTheApi("colleague-" + RUN);
        driver.findElement(By.id("desk-move-under-review")).click();
        wait(15).until(d -> text(By.id("notice")).startsWith("Someone changed this request"));
        assertThat(text(By.id("desk-assign"))).contains("colleague-" + RUN);
        assertThat(status()).isEqualTo("additional-information-requested");
        move("under-review");
        move("in-execution");
        move("executed");
        assertThat(text(By.id("desk-entry-summary"))).contains("Closed on");
        assertThat(driver.findElements(By.cssSelector("[id^='desk-move-']"))).extracting(e -> e.getAttribute("id"))
                .containsExactly("desk-move-under-review");

        // history, the original and the reply PDFs
        assertThat(driver.findElements(By.cssSelector("#desk-history tr[data-action]")).stream().map(r -> r.getAttribute("data-action")).toList())
                .contains("received", "review-accepted", "status", "deadline-added", "assigned");
        Map<String, Object> original = fetch(driver.findElement(By.id("desk-original")).getAttribute("href"));
        assertThat(original.get("status")).isEqualTo(200L);
        assertThat(original.get("start")).isEqualTo("%PDF-");
        for (String kind : List.of("acknowledgement", "additional-information", "refusal", "postponement")) {
            String href = driver.findElement(By.id("desk-reply-" + kind)).getAttribute("href");
            assertThat(href).contains("/api/incoming/" + entryId + "/replies/" + kind + ".pdf?lang=");
            Map<String, Object> reply = fetch(href);
            record("reply " + kind + ": HTTP " + reply.get("status") + " " + reply.get("type"));
            if (Long.valueOf(200).equals(reply.get("status"))) {
                assertThat(reply.get("start")).isEqualTo("%PDF-");
            }
        }
        screenshot("desk-entry-executed");

        // the register lists it, executed; filters narrow the list
        driver.findElement(By.id("desk-back")).click();
        By row = By.cssSelector("#desk-register tr[data-id='" + entryId + "']");
        await(row);
        assertThat(driver.findElement(row).getAttribute("data-status")).isEqualTo("executed");
        assertThat(driver.findElement(row).getText()).contains(registerNumber).contains("Executed");
        new Select(driver.findElement(By.id("desk-filter-status"))).selectByValue("received");
        wait(10).until(ExpectedConditions.numberOfElementsToBe(row, 0));
        new Select(driver.findElement(By.id("desk-filter-status"))).selectByValue("executed");
        await(row);
        assertThat(driver.findElement(By.id("desk-register-csv")).getAttribute("href")).contains("register.csv?status=executed");
        new Select(driver.findElement(By.id("desk-filter-status"))).selectByValue("");
        await(row);
        screenshot("desk-register");
        assertNoSeriousAccessibilityViolations("desk register");

        // the statistics count it, in tables and charts
        driver.findElement(By.id("desk-statistics-link")).click();
        WebElement netherlands = await(By.cssSelector("#desk-stats-state-table tr[data-key='NLD']"));
        assertThat(Integer.parseInt(netherlands.findElements(By.tagName("td")).get(1).getText())).isPositive();
        assertThat(Integer.parseInt(text(By.id("desk-closed")))).isPositive();
        assertThat(driver.findElements(By.cssSelector("#desk-stats-status-table tr[data-key='executed']"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#desk-stats-state svg[role='img'] rect.bar"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("#desk-stats-state svg desc")).getAttribute("textContent")).contains("Netherlands");
        Map<String, Object> csv = fetch(driver.findElement(By.id("desk-statistics-csv")).getAttribute("href"));
        assertThat(csv.get("status")).isEqualTo(200L);
        assertThat((String) csv.get("type")).startsWith("text/csv");
        assertThat(fetch(driver.findElement(By.id("desk-stats-register-csv")).getAttribute("href")).get("status")).isEqualTo(200L);
        screenshot("desk-statistics");
        assertNoSeriousAccessibilityViolations("desk statistics");
    }

    @Test
    @Order(2)
    void aPaperRequestIsRegisteredByHandWithItsScan() throws Exception {
        signInAsOfficerOfJapan();
        open("/?lang=en#/desk");
        await(By.id("desk-manual"));
        new Select(driver.findElement(By.id("desk-manual-requesting"))).selectByValue("FRA");
        assertThat(new Select(driver.findElement(By.id("desk-manual-requested"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("JPN");
        new Select(driver.findElement(By.id("desk-manual-type"))).selectByValue("extradition");
        driver.findElement(By.id("desk-manual-reference")).sendKeys("PNF/" + RUN);
        driver.findElement(By.id("desk-manual-subject")).sendKeys("Extradition of a fictional person " + RUN);
        Path scan = FILES.resolve("scan-" + RUN + ".pdf");
        Files.copy(FILES.resolve("request-" + RUN + ".pdf"), scan, StandardCopyOption.REPLACE_EXISTING); // any PDF will do as a scan
        driver.findElement(By.id("desk-manual-scan")).sendKeys(scan.toAbsolutePath().toString());
        driver.findElement(By.id("desk-manual-submit")).click();
        wait(30).until(d -> d.getCurrentUrl().matches(".*#/desk/(?!statistics)[^/]+$") && !d.getCurrentUrl().endsWith(entryId));
        WebElement fingerprint = await(By.id("desk-fingerprint"));
        assertThat(fingerprint.getAttribute("data-check")).isEqualTo("not-applicable");
        assertThat(text(By.id("desk-entry-summary"))).contains("Registered by hand").contains("France").contains("PNF/" + RUN);
        Map<String, Object> original = fetch(driver.findElement(By.id("desk-original")).getAttribute("href"));
        assertThat(original.get("status")).isEqualTo(200L);
        assertThat(original.get("start")).isEqualTo("%PDF-");
        String manualId = driver.getCurrentUrl().replaceAll(".*#/desk/", "");
        assertThat(text(By.id("desk-review-count"))).startsWith("No request document was entered");

        // a deadline already past is highlighted as overdue, on the entry and in the register
        js("document.getElementById('desk-deadline-date').value = '2020-01-15';");
        new Select(driver.findElement(By.id("desk-deadline-kind"))).selectByValue("provisional-arrest-expiry");
        driver.findElement(By.id("desk-deadline-add")).click();
        WebElement late = await(By.cssSelector(".desk-deadline-table tr.is-overdue[data-kind='provisional-arrest-expiry']"));
        assertThat(late.getText()).contains("Overdue");
        screenshot("desk-entry-manual");
        driver.findElement(By.id("desk-back")).click();
        WebElement row = await(By.cssSelector("#desk-register tr[data-id='" + manualId + "']"));
        assertThat(row.getAttribute("class")).contains("is-overdue");
        assertThat(row.getText()).contains("Overdue (1)");
        assertThat(text(By.id("desk-summary"))).contains("With an overdue deadline:");

        // a request document (JSON) imported as a file: kept as received, no fingerprint to check
        Path json = FILES.resolve("request-" + RUN + ".json");
        Files.writeString(json, sampleDocument().toString());
        driver.findElement(By.id("desk-import-file")).sendKeys(json.toAbsolutePath().toString());
        driver.findElement(By.id("desk-import-submit")).click();
        wait(30).until(d -> d.getCurrentUrl().matches(".*#/desk/(?!statistics)[^/]+$"));
        assertThat(await(By.id("desk-fingerprint")).getAttribute("data-check")).isEqualTo("not-applicable");
        assertThat(text(By.id("desk-entry-summary"))).contains("Request document (JSON)");
        assertThat(driver.findElements(By.cssSelector("#desk-review li[data-finding-id='mla.purpose']"))).isEmpty();
    }

    @Test
    @Order(3)
    void theDeskReadsRightToLeftInArabicAndWorksFromTheKeyboard() throws Exception {
        signInAsOfficerOfJapan();
        open("/?lang=ar#/desk/statistics");
        await(By.cssSelector("#desk-stats-state-table"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(text(By.cssSelector("main h1"))).isEqualTo(bundleString("ar", "desk.stats.title"));
        screenshot("desk-statistics-ar");
        assertNoSeriousAccessibilityViolations("desk statistics in Arabic");

        open("/?lang=en#/desk");
        await(By.id("desk-filter-status"));
        js("document.getElementById('desk-filter-status').focus();");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement next = driver.switchTo().activeElement();
        assertThat(next.getAttribute("id")).isEqualTo("desk-filter-state");
        assertThat(next.getCssValue("outline-style")).isEqualTo("solid");
        WebElement link = driver.findElement(By.cssSelector("#desk-register a.desk-open"));
        link.sendKeys(Keys.ENTER);
        await(By.id("desk-workflow"));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

    @Test
    @Order(4)
    void withoutASessionTheDeskAsksToSignInAndThenOpens() throws Exception {
        signInAsOfficerOfJapan();
        open("/?lang=en#/drafts");
        Object out = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/session', { method: 'DELETE', credentials: 'same-origin',
                    headers: { 'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': sessionStorage.getItem('mla.csrf') } })
                  .then((r) => done(r.status)).catch((e) => done(String(e)));
                """);
        assertThat(out).as("sign-out").isEqualTo(204L);
        officer = null;
        driver.get("about:blank");
        driver.get(url("/?lang=en#/desk"));
        WebElement dialog = await(By.id("signin"));
        assertThat(dialog.getAttribute("open")).isNotNull();
        String username = Api.unique("desk-ui-officer-jpn");
        Client client = ClientBuilder.newClient();
        String password;
        try {
            password = new Api(base, client).createUser(username, List.of("officer"), "JPN");
        } finally {
            client.close();
        }
        driver.findElement(By.id("signin-user")).sendKeys(username);
        driver.findElement(By.id("signin-password")).sendKeys(password);
        driver.findElement(By.cssSelector("#signin button[type='submit']")).click();
        await(By.id("desk-import-file"));
        assertThat(driver.findElement(By.id("nav-desk-item")).isDisplayed()).isTrue();
    }

    // ---------------------------------------------------------------------------------------------------------

    private JsonObject sampleDocument() {
        Client client = ClientBuilder.newClient();
        try {
            return Api.array(new Api(base, client).at("samples").get(String.class)).stream().map(JsonValue::asJsonObject)
                    .filter(s -> s.getString("id").equals("mla-nld-jpn-drugs")).findFirst().orElseThrow().getJsonObject("document");
        } finally {
            client.close();
        }
    }

    /** The prosecutor's side, through the API: the sample without its purpose, stored and rendered. */
    private Path prosecutorsPdfWithoutPurpose() throws IOException {
        Client client = ClientBuilder.newClient();
        try {
            Api api = new Api(base, client);
            String prosecutor = api.userWithToken("desk-ui-prosecutor", "prosecutor", null);
            JsonObject document = Json.createObjectBuilder(sampleDocument()).remove("purpose").build();
            Response draft = api.at("requests").header("Authorization", prosecutor).post(Entity.json(document.toString()));
            assertThat(draft.getStatus()).isEqualTo(201);
            Response pdf = client.target(draft.getLocation().toString() + "/document.pdf").queryParam("lang", "en").request()
                    .header("Authorization", prosecutor).get();
            assertThat(pdf.getStatus()).isEqualTo(200);
            Path file = FILES.resolve("request-" + RUN + ".pdf");
            Files.write(file, pdf.readEntity(byte[].class));
            return file;
        } finally {
            client.close();
        }
    }

    /** An officer of Japan the administrator creates, signed in from the page as the sign-in dialog does. */
    private void signInAsOfficerOfJapan() {
        if (officer != null) {
            return;
        }
        Client client = ClientBuilder.newClient();
        try {
            String username = Api.unique("desk-ui-officer-jpn");
            officerPassword = new Api(base, client).createUser(username, List.of("officer"), "JPN");
            driver.get(url("/?lang=en"));
            Object status = ((JavascriptExecutor) driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/api/session', { method: 'POST', credentials: 'same-origin',
                        headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
                        body: JSON.stringify({ username: arguments[0], password: arguments[1] }) })
                      .then(async (r) => { const j = await r.json(); sessionStorage.setItem('mla.csrf', j.csrfToken); done(r.status); })
                      .catch((e) => done(String(e)));
                    """, username, officerPassword);
            assertThat(status).as("browser sign-in").isEqualTo(200L);
            officer = username;
        } finally {
            client.close();
        }
    }

    /** The same officer changes the entry through the API (HTTP Basic), behind the page's back. */
    private void assignThroughTheApi(String to) {
        Client client = ClientBuilder.newClient();
        try {
            Api api = new Api(base, client);
            String auth = Api.basic(officer, officerPassword);
            Response current = api.at("incoming/" + entryId).header("Authorization", auth).get();
            assertThat(current.getStatus()).isEqualTo(200);
            Response assigned = api.at("incoming/" + entryId + "/assignee").header("Authorization", auth)
                    .header("If-Match", current.getHeaderString("ETag")).put(Entity.json("{\"officer\":\"" + to + "\"}"));
            assertThat(assigned.getStatus()).as(assigned.readEntity(String.class)).isEqualTo(200);
        } finally {
            client.close();
        }
    }

    private void move(String to) {
        WebElement button = await(By.id("desk-move-" + to));
        button.click();
        wait(15).until(d -> to.equals(status()) && text(By.id("notice")).startsWith("The request is now:"));
    }

    /** Read in one script call: the page re-renders after each action, so an element found earlier may be gone. */
    private String status() {
        return (String) js("const e = document.querySelector('#desk-current-status .desk-status'); return e ? e.dataset.status : null;");
    }

    /** GETs a URL from the page (with its session cookie): status, media type and the first five characters. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String href) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } })
                  .then(async (r) => { const b = new Uint8Array(await r.arrayBuffer());
                    done({ status: r.status, type: r.headers.get('Content-Type') || '', start: String.fromCharCode(...b.slice(0, 5)) }); })
                  .catch((e) => done({ status: -1, type: String(e), start: '' }));
                """, href);
    }

    private void assertNoSeriousAccessibilityViolations(String page) throws IOException {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(driver);
        List<Rule> serious = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(rule);
            }
        }
        record("axe " + page + ": " + results.getViolations().size() + " violations ("
                + results.getViolations().stream().map(r -> r.getId() + "/" + r.getImpact()).collect(Collectors.joining(", "))
                + "), " + results.getPasses().size() + " rules passed, " + results.getIncomplete().size() + " to review by hand");
        assertThat(serious).as(page + ": " + serious.stream().map(r -> r.getId() + " " + r.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(" "))).collect(Collectors.joining("; ")))
                .isEmpty();
    }

    private String bundleString(String lang, String key) throws IOException {
        try (var reader = Json.createReader(Files.newBufferedReader(Path.of("src/main/webapp/i18n/" + lang + ".json")))) {
            return reader.readObject().getString(key);
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** A fresh page load (via about:blank, so that a URL differing only in its fragment really loads). */
    private void open(String path) {
        driver.get("about:blank");
        driver.get(url(path));
        wait(30).until(d -> "true".equals(js("return document.body.dataset.ready || null;")));
    }

    private WebElement await(By by) {
        return wait(20).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private String text(By by) {
        return driver.findElement(by).getText().trim();
    }

    private static WebDriverWait wait(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class); // the desk re-renders a section after each action
        return wait;
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** The whole page, not only the window: the window grows to the page's height for the shot. */
    private static void screenshot(String name) throws IOException {
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(Math.max(height + 120, window.getHeight()), 8000)));
        try {
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name.toLowerCase(Locale.ROOT) + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    private static void record(String line) throws IOException {
        System.out.println("[desk] " + line);
        Files.writeString(REPORT, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static final String RUN = WorkspaceBrowserIT.RUN;
}
