package org.mlasuite.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The prosecutor's workspace in real headless Chromium (Debian's chromium and chromium-driver) against the
 * deployed war: a draft of each cooperation type made through the UI, findings appearing and going, the local
 * copy surviving a reload, the PDF preview and download, Arabic right to left, the drafts list, and axe-core on
 * the main pages. Screenshots go to target/screenshots; first paint and findings latency to
 * target/workspace-timings.txt (figures for docs/workspace.md, not assertions). Skipped where no Chromium is
 * installed; .ci/run installs it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceBrowserIT {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Path TIMINGS = Path.of("target/workspace-timings.txt");

    /** Titles carry this run's mark: the test database (target/it-data) keeps the drafts of earlier runs. */
    static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    static ChromeDriver driver;
    static final HttpClient http = HttpClient.newHttpClient();

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
        Files.writeString(TIMINGS, "");
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
    void theStartPageShowsTheLegalBasisAndTheRequestedStatesRequirementsAndPaintsFast() throws Exception {
        for (int i = 0; i < 4; i++) {
            open("/?lang=en#/new");
            Object fcp = js("const e = performance.getEntriesByName('first-contentful-paint')[0]; return e ? e.startTime : null;");
            Object ready = js("const m = performance.getEntriesByName('mla-ready')[0]; return m ? m.startTime : null;");
            record("first-contentful-paint ms (start page, load " + (i + 1) + (i == 0 ? ", cold server" : "") + "): " + fcp
                    + "; states loaded and page rendered at ms: " + ready);
        }
        chooseStart("mla", "FRA", "DEU");
        WebElement table = await(By.cssSelector("#requirements tbody tr"));
        assertThat(table.isDisplayed()).isTrue();
        List<WebElement> rows = driver.findElements(By.cssSelector("#requirements tbody tr"));
        assertThat(rows).hasSizeGreaterThan(5);
        assertThat(driver.findElements(By.cssSelector("#requirements tr[data-topic='languages'] .status"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("#requirements")).getText()).contains("Central authority");
        assertThat(driver.findElements(By.cssSelector(".conclusion[data-code]"))).isNotEmpty();
        if (!driver.findElements(By.cssSelector("#requirements tr[data-status='unknown']")).isEmpty()) {
            assertThat(driver.findElement(By.cssSelector("#requirements tr[data-status='unknown']")).getText())
                    .contains("Not known for this State");
        }
        assertThat(driver.findElements(By.cssSelector("#requirements a[href^='http']"))).isNotEmpty();
        screenshot("start-mla-FRA-DEU");
        assertNoSeriousAccessibilityViolations("start page");
    }

    @Test
    @Order(2)
    void theKeyboardAloneReachesTheContentWithAVisibleFocus() throws Exception {
        open("/?lang=en#/drafts");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getAttribute("class")).contains("skip-link");
        assertThat(skip.isDisplayed()).isTrue();
        assertThat(skip.getCssValue("outline-style")).isEqualTo("solid");
        skip.sendKeys(Keys.ENTER);
        wait(5).until(d -> "main".equals(driver.switchTo().activeElement().getAttribute("id")));
        WebElement nav = driver.findElement(By.id("nav-new"));
        nav.sendKeys(Keys.ENTER);
        WebElement mla = await(By.id("type-mla"));
        wait(5).until(d -> "main".equals(driver.switchTo().activeElement().getAttribute("id")));
        // from the page top, Tab reaches the first type choice; arrows choose, as in any radio group
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("type");
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertThat(driver.findElement(By.id("type-extradition")).isSelected()).isTrue();
        assertThat(mla.isSelected()).isFalse();
        assertThat(driver.switchTo().activeElement().getCssValue("outline-style")).isEqualTo("solid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mla", "extradition", "provisional-arrest", "confiscation"})
    @Order(3)
    void aDraftOfEachTypeIsMadeCheckedFixedKeptAcrossAReloadPreviewedAndDownloaded(String type) throws Exception {
        open("/?lang=en#/new");
        chooseStart(type, "FRA", "DEU");
        await(By.cssSelector("#requirements tbody tr"));
        driver.findElement(By.id("start-title")).sendKeys("Browser test " + type + " " + RUN);
        driver.findElement(By.id("start-create")).click();
        wait(20).until(ExpectedConditions.urlContains("#/draft/"));
        String id = driver.getCurrentUrl().replaceAll(".*#/draft/([^/]+)/.*", "$1");
        awaitFinding("convention.legal-basis");
        assertThat(text(By.id("findings-count"))).matches(".*\\d+ blocking.*");

        // a finding appears beside its field; typing the missing value makes it go
        if (type.equals("mla") || type.equals("confiscation")) {
            awaitFinding("mla.requesting-authority");
            assertThat(driver.findElements(By.cssSelector("[data-path='requestingAuthority.name']"))).isNotEmpty();
            assertThat(driver.findElement(By.id("f-requestingAuthority-name")).getAttribute("aria-invalid")).isEqualTo("true");
            driver.findElement(By.id("f-requestingAuthority-name")).sendKeys("Parquet national financier, Paris");
            awaitNoFinding("mla.requesting-authority");
            recordFindingsLatency(type + ": typing the requesting authority");
        } else {
            driver.findElement(By.id("f-requestingAuthority-name")).sendKeys("Parquet national financier, Paris");
        }

        // the legal-basis finding: clicking it goes to the field; ticking UNTOC fixes it
        // the findings list is redrawn after every check: click the element that is there when the click happens
        wait(10).until(d -> {
            try {
                driver.findElement(By.cssSelector("#findings-list li[data-finding-id='convention.legal-basis'] button")).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
        wait(10).until(ExpectedConditions.urlContains("/basis"));
        wait(10).until(d -> (Boolean) js("return !!document.activeElement.closest(\"[data-path='legalBasis.instruments']\");"));
        screenshot("draft-" + type + "-finding");
        driver.findElement(By.id("f-legalBasis-instruments-untoc")).click();
        awaitNoFinding("convention.legal-basis");
        recordFindingsLatency(type + ": ticking UNTOC as legal basis");

        // type, then reload at once (before the autosave fires): the local copy brings the text back
        driver.findElement(By.id("step-parties")).click();
        WebElement functions = await(By.id("f-requestingAuthority-functions"));
        functions.sendKeys("Financial crime unit " + type);
        driver.navigate().refresh();
        awaitReady();
        WebElement restored = await(By.id("f-requestingAuthority-functions"));
        assertThat(restored.getAttribute("value")).isEqualTo("Financial crime unit " + type);
        assertThat(driver.findElement(By.id("f-requestingAuthority-name")).getAttribute("value")).isEqualTo("Parquet national financier, Paris");
        wait(20).until(d -> "saved".equals(driver.findElement(By.id("save-state")).getAttribute("data-state")));
        HttpResponse<String> stored = get("/api/requests/" + id);
        assertThat(stored.body()).contains("Financial crime unit " + type).contains("\"untoc\"");

        // review: the preview is a PDF, the download link too
        driver.findElement(By.id("step-review")).click();
        await(By.id("f-language"));
        wait(30).until(d -> driver.findElement(By.id("pdf-preview")).isDisplayed() || driver.findElement(By.id("pdf-error")).isDisplayed());
        // every type has its document now, in the language the page chose by default
        assertThat(driver.findElement(By.id("pdf-error")).isDisplayed())
                .as(type + " preview refused: " + text(By.id("pdf-error"))).isFalse();
        WebElement frame = driver.findElement(By.id("pdf-preview"));
        wait(20).until(d -> frame.getAttribute("src") != null && frame.getAttribute("src").contains("document.pdf"));
        assertPdf(frame.getAttribute("src"));
        WebElement download = driver.findElement(By.id("pdf-download"));
        assertThat(download.getAttribute("download")).isNotNull();
        assertThat(download.getAttribute("href")).contains("lang=");
        assertPdf(download.getAttribute("href"));
        screenshot("draft-" + type + "-review");
        if (type.equals("mla")) {
            assertNoSeriousAccessibilityViolations("review step");
            driver.findElement(By.id("step-persons")).click();
            await(By.id("f-persons-add")).click();
            await(By.id("f-persons-0-role"));
            assertNoSeriousAccessibilityViolations("persons step");
            driver.findElement(By.id("step-sought")).click();
            await(By.id("f-measures-0-type"));
            assertNoSeriousAccessibilityViolations("measures step");
        }
    }

    @Test
    @Order(4)
    void arabicRunsRightToLeftWithTranslatedLabelsAndKeepsTheDraft() throws Exception {
        open("/?lang=en#/new");
        chooseStart("mla", "EGY", "FRA");
        await(By.cssSelector("#requirements tbody tr"));
        driver.findElement(By.id("start-create")).click();
        wait(20).until(ExpectedConditions.urlContains("#/draft/"));
        WebElement name = await(By.id("f-requestingAuthority-name"));
        name.sendKeys("النيابة العامة");
        new Select(driver.findElement(By.id("ui-lang"))).selectByValue("ar");
        wait(10).until(d -> "rtl".equals(driver.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
        String arabicStep = bundleString("ar", "step.parties");
        wait(10).until(d -> text(By.id("step-title")).equals(arabicStep));
        assertThat(text(By.id("nav-new"))).isEqualTo(bundleString("ar", "nav.new"));
        assertThat(driver.findElement(By.cssSelector("label[for='f-requestingAuthority-name']")).getText())
                .isEqualTo(bundleString("ar", "f.name"));
        assertThat(driver.findElement(By.id("f-requestingAuthority-name")).getAttribute("value")).isEqualTo("النيابة العامة");
        screenshot("draft-arabic-rtl");
        assertNoSeriousAccessibilityViolations("Arabic draft");

        open("/?lang=ar#/new");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(text(By.cssSelector("main h1"))).isEqualTo(bundleString("ar", "start.title"));
        screenshot("start-arabic");
        open("/?lang=en#/drafts");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
    }

    @Test
    @Order(5)
    void theDraftsListSearchesDuplicatesAndDeletesWithConfirmation() throws Exception {
        open("/?lang=en#/drafts");
        await(By.cssSelector("table.drafts tbody tr"));
        assertNoSeriousAccessibilityViolations("drafts list");
        screenshot("drafts-list");
        WebElement search = driver.findElement(By.id("drafts-search"));
        search.sendKeys("Browser test extradition " + RUN);
        wait(10).until(d -> driver.findElements(By.cssSelector("table.drafts tbody tr")).size() == 1);
        search.clear();
        search.sendKeys("Germany");
        wait(10).until(d -> driver.findElements(By.cssSelector("table.drafts tbody tr")).size() >= 4);

        search.clear();
        search.sendKeys("Browser test confiscation " + RUN);
        wait(10).until(d -> driver.findElements(By.cssSelector("table.drafts tbody tr")).size() == 1);
        driver.findElement(By.cssSelector("table.drafts .draft-duplicate")).click();
        wait(20).until(ExpectedConditions.urlContains("#/draft/"));
        wait(10).until(d -> text(By.id("draft-title")).startsWith("Copy of Browser test confiscation " + RUN));

        driver.findElement(By.id("nav-drafts")).click();
        WebElement query = await(By.id("drafts-search"));
        query.clear();
        query.sendKeys("Copy of Browser test confiscation " + RUN);
        wait(10).until(d -> driver.findElements(By.cssSelector("table.drafts tbody tr")).size() == 1);
        driver.findElement(By.cssSelector("table.drafts .draft-delete")).click();
        WebElement dialog = await(By.id("confirm"));
        assertThat(dialog.getAttribute("open")).isNotNull();
        driver.findElement(By.id("confirm-cancel")).click();
        assertThat(driver.findElements(By.cssSelector("table.drafts tbody tr"))).hasSize(1);
        driver.findElement(By.cssSelector("table.drafts .draft-delete")).click();
        await(By.id("confirm-ok")).click();
        wait(10).until(d -> driver.findElements(By.cssSelector("table.drafts tbody tr")).isEmpty());
        assertThat(text(By.id("notice"))).contains("deleted");
    }

    @Test
    @Order(6)
    void aChangeMadeElsewhereIsLoadedAndTheUserIsTold() throws Exception {
        open("/?lang=en#/drafts");
        WebElement search = await(By.id("drafts-search"));
        search.sendKeys("Browser test mla " + RUN);
        wait(10).until(d -> driver.findElements(By.cssSelector("table.drafts tbody tr")).size() == 1);
        driver.findElement(By.cssSelector("table.drafts .draft-open")).click();
        WebElement name = await(By.id("f-requestingAuthority-name"));
        String id = driver.getCurrentUrl().replaceAll(".*#/draft/([^/]+)/.*", "$1");
        HttpResponse<String> current = get("/api/requests/" + id);
        String etag = current.headers().firstValue("ETag").orElseThrow();
        String document;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(current.body()))) {
            document = reader.readObject().getJsonObject("document").toString()
                    .replace("Parquet national financier, Paris", "Changed elsewhere");
        }
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(url("/api/requests/" + id)))
                .header("Content-Type", "application/json").header("If-Match", etag).header("Authorization", authorization)
                .PUT(HttpRequest.BodyPublishers.ofString(document)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        name.sendKeys(" (edited)");
        wait(20).until(d -> text(By.id("notice")).contains("changed this request elsewhere"));
        wait(10).until(d -> "Changed elsewhere".equals(driver.findElement(By.id("f-requestingAuthority-name")).getAttribute("value")));
    }

    @Test
    @Order(7)
    void aRefusalForWantOfASessionOpensTheSignInDialogAndTheRequestIsRetriedWithTheCsrfToken() throws Exception {
        // the page is signed in for the whole run: its fetch is replaced by one that answers 401 until /api/session was called
        open("/?lang=en#/drafts");
        js("""
                window.__calls = [];
                window.__realCsrf = sessionStorage.getItem('mla.csrf');
                const real = window.fetch.bind(window);
                let signedIn = false;
                window.fetch = async (url, init = {}) => {
                  const headers = new Headers(init.headers || {});
                  window.__calls.push({ url: String(url), method: init.method || 'GET', csrf: headers.get('X-CSRF-Token'), body: init.body || null });
                  if (String(url).startsWith('/api/session')) {
                    signedIn = true;
                    // the real session (signed in for the whole run) keeps its own token: hand that one out
                    return new Response(JSON.stringify({ csrfToken: window.__realCsrf }), { status: 200, headers: { 'Content-Type': 'application/json' } });
                  }
                  if (!signedIn) {
                    return new Response('{"title":"Sign in","status":401}', { status: 401, headers: { 'Content-Type': 'application/problem+json' } });
                  }
                  return real(url, init);
                };
                import('/js/api.js').then((m) => {
                  window.__api = m;
                  m.request('/api/requests?page=0&size=1').then((r) => { window.__first = r.status; });
                });
                """);
        WebElement dialog = await(By.id("signin"));
        assertThat(dialog.getAttribute("open")).isNotNull();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("signin-user");
        assertNoSeriousAccessibilityViolations("sign-in dialog");
        driver.findElement(By.id("signin-user")).sendKeys("prosecutor");
        driver.findElement(By.id("signin-password")).sendKeys("secret");
        screenshot("signin-dialog");
        driver.findElement(By.cssSelector("#signin button[type='submit']")).click();
        wait(10).until(d -> Long.valueOf(200).equals(js("return window.__first || null;")));
        assertThat(dialog.getAttribute("open")).isNull();
        assertThat((String) js("return window.__calls.find((c) => c.url === '/api/session').body;"))
                .isEqualTo("{\"username\":\"prosecutor\",\"password\":\"secret\"}");
        js("window.__api.request('/api/checks?lang=en', { method: 'POST', body: { schemaVersion: 2, type: 'mla', "
                + "requestingState: 'FRA', requestedState: 'DEU' } }).then((r) => { window.__second = r.status; });");
        wait(10).until(d -> Long.valueOf(200).equals(js("return window.__second || null;")));
        assertThat(js("const c = window.__calls.filter((x) => x.method === 'POST'); return c[c.length - 1].csrf;"))
                .isNotNull().isEqualTo(js("return window.__realCsrf;"));
        assertThat(js("return window.__calls.filter((x) => x.method === 'GET' && x.url.startsWith('/api/requests')).length;"))
                .as("the refused request is sent again once").isEqualTo(2L);
        js("window.__api.setCsrfToken(window.__realCsrf);");
    }

    // ---------------------------------------------------------------------------------------------------------

    private void chooseStart(String type, String requesting, String requested) {
        await(By.id("type-" + type)).click();
        new Select(driver.findElement(By.id("start-requesting"))).selectByValue(requesting);
        new Select(driver.findElement(By.id("start-requested"))).selectByValue(requested);
    }

    private void awaitFinding(String id) {
        await(By.cssSelector("#findings-list li[data-finding-id='" + id + "']"));
    }

    private void awaitNoFinding(String id) {
        wait(15).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#findings-list li[data-finding-id='" + id + "']"), 0));
    }

    /** Keystroke to findings shown, as the page measured it (performance.now()). */
    private void recordFindingsLatency(String what) throws IOException {
        wait(10).until(d -> (Boolean) js("return mlaMetrics.findingsShown > mlaMetrics.lastInput;"));
        Object latency = js("return mlaMetrics.lastLatency;");
        Object roundTrip = js("return mlaMetrics.lastRoundTrip;");
        record("findings latency ms (" + what + "): " + latency + " from the last keystroke (250 ms of it the debounce); "
                + roundTrip + " check request and rendering");
    }

    private void assertPdf(String src) throws Exception {
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(src.startsWith("http") ? src : url(src)))
                .header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).as(src).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
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
        try (var reader = jakarta.json.Json.createReader(Files.newBufferedReader(Path.of("src/main/webapp/i18n/" + lang + ".json")))) {
            return reader.readObject().getString(key);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private static boolean signedIn;
    /** The same prosecutor's Basic credentials, for the test's own API calls beside the browser. */
    private static String authorization;

    /**
     * Signs the browser in once, as a prosecutor the administrator creates: POST /api/session from the page, as the
     * sign-in dialog does, keeping the session cookie and the CSRF token (sessionStorage) for the whole run.
     */
    private void signIn() {
        if (signedIn) {
            return;
        }
        jakarta.ws.rs.client.Client client = jakarta.ws.rs.client.ClientBuilder.newClient();
        try {
            Api api = new Api(base, client);
            String username = Api.unique("browser-prosecutor");
            String password = api.createUser(username, List.of("prosecutor"), null);
            driver.get(url("/?lang=en"));
            Object status = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/api/session', { method: 'POST', credentials: 'same-origin',
                        headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
                        body: JSON.stringify({ username: arguments[0], password: arguments[1] }) })
                      .then(async (r) => { const j = await r.json(); sessionStorage.setItem('mla.csrf', j.csrfToken); done(r.status); })
                      .catch((e) => done(String(e)));
                    """, username, password);
            assertThat(status).as("browser sign-in").isEqualTo(200L);
            authorization = Api.basic(username, password);
            signedIn = true;
        } finally {
            client.close();
        }
    }

    /** A fresh page load (via about:blank, so that a URL differing only in its fragment really loads). */
    private void open(String path) {
        signIn();
        driver.get("about:blank");
        driver.get(url(path));
        awaitReady();
    }

    private void awaitReady() {
        wait(30).until(d -> "true".equals(js("return document.body.dataset.ready || null;")));
    }

    private WebElement await(By by) {
        return wait(20).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private String text(By by) {
        return driver.findElement(by).getText().trim();
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void screenshot(String name) throws IOException {
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name.toLowerCase(Locale.ROOT) + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void record(String line) throws IOException {
        System.out.println("[workspace] " + line);
        Files.writeString(TIMINGS, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
