package org.mlasuite.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Training mode in headless Chromium, a whole round: a trainer opens a session with one scenario in one browser
 * and watches its results; in a second browser two trainees join with the code. Trainee A's exercise gets the
 * scenario's model answer (PUT through the API with A's credentials, as the page's own autosave would) and is
 * submitted from the page; trainee B types a deliberately incomplete answer into the form and submits it. The
 * trainer's table, polled without a reload, shows both scores, A's above B's, and B's missed rubric items; CSV
 * and PDF export (the PDF read back: both trainees and scores; refused to a trainee, another trainer and nobody,
 * exactly as the CSV is) and reset with confirmation. axe-core on the trainer, trainee and learn pages; screenshots in
 * target/screenshots/training-*.png. Skipped where no Chromium is installed, like WorkspaceBrowserIT.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrainingBrowserIT {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Path AXE = Path.of("target/training-axe.txt");
    static final String SCENARIO = "oth-aus-nzl-detained-witness";
    static final Path SCENARIO_FILE = Path.of("../mla-api/src/main/resources/training/scenarios/" + SCENARIO + ".yaml");

    /** The trainer's browser stays on the session page; the trainees take turns in the other one. */
    static ChromeDriver trainerBrowser;
    static ChromeDriver traineeBrowser;

    static String trainer;
    static String traineeA;
    static String traineeB;
    static final java.util.Map<String, String> passwords = new java.util.HashMap<>();
    static String sessionId;
    static String code;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("mla.war", "target/ROOT.war"))).as(WebArchive.class);
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowsers() throws IOException {
        Browsers.requireOrSkip();
        trainerBrowser = browser();
        traineeBrowser = browser();
        Files.createDirectories(SCREENSHOTS);
        Files.writeString(AXE, "");
    }

    private static ChromeDriver browser() {
        return Browsers.start();
    }

    @AfterAll
    static void stopBrowsers() {
        for (ChromeDriver d : new ChromeDriver[] {trainerBrowser, traineeBrowser}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void theTrainerOpensASessionWithAScenarioAndSeesItsJoinCode() throws Exception {
        Client client = ClientBuilder.newClient();
        try {
            Api api = new Api(base, client);
            trainer = Api.unique("trainer");
            traineeA = Api.unique("trainee-a");
            traineeB = Api.unique("trainee-b");
            passwords.put(trainer, api.createUser(trainer, List.of("trainer"), null));
            passwords.put(traineeA, api.createUser(traineeA, List.of("trainee"), null));
            passwords.put(traineeB, api.createUser(traineeB, List.of("trainee"), null));
        } finally {
            client.close();
        }
        ChromeDriver d = trainerBrowser;
        signIn(d, trainer);
        open(d, "/?lang=en#/training/trainer");
        await(d, By.id("session-form"));
        assertThat(text(d, By.id("training-banner"))).contains("TRAINING");
        assertThat(d.findElement(By.cssSelector("body")).getAttribute("class")).contains("training-mode");
        WebElement row = await(d, By.cssSelector("#scenario-choice tr[data-scenario='" + SCENARIO + "']"));
        assertThat(row.getText()).contains("Other").contains("Mutual legal assistance").contains("intermediate").contains("8 rubric items, 12 points");
        assertThat(d.findElements(By.cssSelector("#scenario-choice tbody tr"))).hasSizeGreaterThanOrEqualTo(12);
        axe(d, "trainer: sessions and new session");
        screenshot(d, "training-trainer-home");

        // the form says what is missing, then opens the session
        d.findElement(By.id("session-create")).click();
        assertThat(await(d, By.cssSelector("#session-error [role='alert']")).getText()).contains("title");
        d.findElement(By.id("session-title")).sendKeys("Browser round " + Api.unique("s"));
        d.findElement(By.id("scenario-" + SCENARIO)).click();
        d.findElement(By.id("session-create")).click();
        wait(d, 20).until(ExpectedConditions.urlMatches("#/training/trainer/[^/]+$"));
        sessionId = d.getCurrentUrl().replaceAll(".*#/training/trainer/([^/]+)$", "$1");
        code = await(d, By.id("join-code")).getText().trim();
        assertThat(code).matches("[A-Z2-9]{6}");
        assertThat(text(d, By.id("notice"))).contains(code);
        assertThat(text(d, By.id("session-scenarios"))).contains("temporary transfer");
        await(d, By.id("training-no-results"));
        assertThat(d.findElement(By.id("training-auto")).isSelected()).isTrue();
        axe(d, "trainer: session page, no results yet");
        screenshot(d, "training-trainer-session");
    }

    @Test
    @Order(2)
    void traineeAJoinsWithTheCodeAndSubmitsTheModelAnswer() throws Exception {
        ChromeDriver d = traineeBrowser;
        signIn(d, traineeA);
        String exerciseId = joinAndStart(d, code.toLowerCase(Locale.ROOT));

        // the model answer goes in through the API with A's credentials; the page then reads it as its own
        Client client = ClientBuilder.newClient();
        try {
            Api api = new Api(base, client);
            String auth = Api.basic(traineeA, passwords.get(traineeA));
            Response current = api.at("training/exercises/" + exerciseId).header("Authorization", auth).get();
            assertThat(current.getStatus()).isEqualTo(200);
            String etag = current.getHeaderString("ETag");
            current.close();
            Response put = api.at("training/exercises/" + exerciseId).header("Authorization", auth).header("If-Match", etag)
                    .put(Entity.json(modelAnswer()));
            assertThat(put.getStatus()).as(put.readEntity(String.class)).isEqualTo(200);
            // the exercise's PDF, as the trainee downloads it, carries the TRAINING marking on every page
            Response pdf = api.at("training/exercises/" + exerciseId + "/document.pdf").header("Authorization", auth).get();
            assertThat(pdf.getStatus()).isEqualTo(200);
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.readEntity(byte[].class))) {
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    assertThat(stripper.getText(doc)).as("page " + page).contains("TRAINING");
                }
            }
            assertThat(api.at("training/exercises/" + exerciseId + "/document.pdf").get().getStatus()).as("anonymous").isEqualTo(401);
        } finally {
            client.close();
        }
        open(d, "/?lang=en#/training/exercise/" + exerciseId + "/parties");
        wait(d, 20).until(x -> x.findElement(By.id("f-title")).getAttribute("value").startsWith("Temporary transfer"));
        submitAndAwaitFeedback(d);
        assertThat(text(d, By.id("feedback-score"))).isEqualTo("12 / 12 (100 %)");
        assertThat(d.findElements(By.cssSelector("#rubric-met li"))).hasSize(8);
        assertThat(d.findElements(By.cssSelector("#rubric-missed li"))).isEmpty();
        axe(d, "trainee: feedback, model answer");
        screenshot(d, "training-feedback-a");
    }

    @Test
    @Order(3)
    void traineeBTypesAnIncompleteAnswerBesideTheCaseFileWithLiveFindingsAndSubmits() throws Exception {
        ChromeDriver d = traineeBrowser;
        signIn(d, traineeB);
        open(d, "/?lang=en#/training/join");
        axe(d, "trainee: join page");
        screenshot(d, "training-join");
        String exerciseId = joinAndStart(d, code);

        // the case file beside the form, the task, the workspace's fields and live findings
        assertThat(text(d, By.id("case-file"))).contains("Daniel Kerr").contains("Your task");
        assertThat(text(d, By.id("case-task"))).contains("temporary transfer");
        WebElement title = await(d, By.id("f-title"));
        wait(d, 20).until(x -> !x.findElements(By.cssSelector("#findings-list li[data-finding-id]")).isEmpty());
        title.sendKeys("Request for a witness from New Zealand");
        d.findElement(By.id("f-requestingAuthority-name")).sendKeys("Attorney-General's Department, Canberra");
        wait(d, 20).until(x -> "saved".equals(x.findElement(By.id("save-state")).getAttribute("data-state")));
        Client client = ClientBuilder.newClient();
        try {
            Response stored = new Api(base, client).at("training/exercises/" + exerciseId)
                    .header("Authorization", Api.basic(traineeB, passwords.get(traineeB))).get();
            assertThat(stored.readEntity(String.class)).contains("Attorney-General's Department, Canberra");
        } finally {
            client.close();
        }
        // a finding leads to its field, on another step if need be
        // the findings list is redrawn after every check: click the element that is there when the click happens
        wait(d, 10).until(x -> {
            try {
                x.findElement(By.cssSelector("#findings-list li[data-finding-id='convention.legal-basis'] button")).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
        wait(d, 10).until(ExpectedConditions.urlContains("/basis"));
        wait(d, 10).until(x -> (Boolean) ((JavascriptExecutor) x).executeScript(
                "return !!document.activeElement.closest(\"[data-path='legalBasis.instruments']\");"));
        assertThat(text(d, By.id("training-banner"))).contains("TRAINING");
        axe(d, "trainee: exercise, basis step with findings");
        screenshot(d, "training-exercise");

        submitAndAwaitFeedback(d);
        String score = text(d, By.id("feedback-score"));
        assertThat(scorePercent(score)).isLessThan(100);
        assertThat(d.findElements(By.cssSelector("#rubric-missed li"))).isNotEmpty();
        assertThat(text(d, By.id("rubric-missed"))).contains("Missed:");
        assertThat(d.findElements(By.cssSelector("#feedback-findings li.finding .cite"))).isNotEmpty();
        axe(d, "trainee: feedback, incomplete answer");
        screenshot(d, "training-feedback-b");
        // the exercise is closed: opening it again leads to its feedback
        open(d, "/?lang=en#/training/exercise/" + exerciseId);
        wait(d, 20).until(ExpectedConditions.urlContains("#/training/feedback/" + exerciseId));
    }

    @Test
    @Order(4)
    void theTrainersTableShowsBothScoresAndTheMissedItemsWithoutAReloadThenExportsAndResets() throws Exception {
        ChromeDriver d = trainerBrowser;
        assertThat(d.getCurrentUrl()).endsWith("#/training/trainer/" + sessionId);
        // polling: the page that has been open since the session began now shows both submissions
        wait(d, 30).until(x -> x.findElements(By.cssSelector("#results-table tr[data-submitted='true']")).size() == 2);
        assertThat(text(d, By.id("training-progress"))).isEqualTo("2 trainees, 2 exercises started, 2 submitted");
        WebElement rowA = d.findElement(By.cssSelector("#results-table tr[data-trainee='" + traineeA + "']"));
        WebElement rowB = d.findElement(By.cssSelector("#results-table tr[data-trainee='" + traineeB + "']"));
        String scoreA = rowA.findElement(By.cssSelector(".result-score")).getText();
        String scoreB = rowB.findElement(By.cssSelector(".result-score")).getText();
        assertThat(scoreA).isEqualTo("12 / 12 (100 %)");
        assertThat(scorePercent(scoreB)).isLessThan(scorePercent(scoreA));
        assertThat(rowA.findElement(By.cssSelector(".result-missed")).getText()).contains("every item met");
        List<WebElement> missed = rowB.findElements(By.cssSelector(".missed-items li"));
        assertThat(missed).isNotEmpty();
        assertThat(missed.get(0).getText()).matches("r\\d+ .{20,}\\(\\d pt\\)");
        axe(d, "trainer: results");
        screenshot(d, "training-trainer-results", "results-title");

        // CSV export: the link the page offers, fetched with the trainer's session
        String href = d.findElement(By.id("training-csv")).getAttribute("href");
        assertThat(href).contains("/api/training/sessions/" + sessionId + "/results.csv");
        Object csv = d.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], { credentials: 'same-origin' }).then((r) => r.text()).then(done, (e) => done(String(e)));", href);
        assertThat((String) csv).startsWith("trainee,scenario,submitted,score").contains(traineeA + "," + SCENARIO + ",true,12,12,100")
                .contains(traineeB);

        // PDF export: the link beside the CSV one; the document carries both trainees with their scores
        WebElement pdfLink = d.findElement(By.id("training-pdf"));
        assertThat(pdfLink.getText()).isEqualTo("Download the results (PDF)");
        assertThat(pdfLink.getAttribute("href")).contains("/api/training/sessions/" + sessionId + "/results.pdf?lang=en");
        Client client = ClientBuilder.newClient();
        try {
            Api api = new Api(base, client);
            Response pdf = api.at("training/sessions/" + sessionId + "/results.pdf?lang=en")
                    .header("Authorization", Api.basic(trainer, passwords.get(trainer))).get();
            assertThat(pdf.getStatus()).isEqualTo(200);
            assertThat(pdf.getMediaType().toString()).isEqualTo("application/pdf");
            assertThat(pdf.getHeaderString("Content-Disposition")).contains("training-results-" + code + "-en.pdf");
            String text = pdfText(pdf.readEntity(byte[].class));
            assertThat(text).contains("TRAINING—NOTAREALREQUEST").contains("Resultsofatrainingsession").contains(code)
                    .contains(traineeA).contains(traineeB).contains("Page1of1")
                    .contains(withoutSpaces(scoreA)).contains(withoutSpaces(scoreB));

            // exactly the CSV's rules: a trainee 403, another trainer 404, nobody signed in 401
            String otherTrainer = Api.unique("trainer-other");
            passwords.put(otherTrainer, api.createUser(otherTrainer, List.of("trainer"), null));
            for (String export : List.of("results.csv", "results.pdf")) {
                String path = "training/sessions/" + sessionId + "/" + export + "?lang=en";
                assertThat(api.at(path).header("Authorization", Api.basic(traineeA, passwords.get(traineeA))).get().getStatus())
                        .as(export + " for a trainee").isEqualTo(403);
                assertThat(api.at(path).header("Authorization", Api.basic(otherTrainer, passwords.get(otherTrainer))).get().getStatus())
                        .as(export + " for another trainer").isEqualTo(404);
                assertThat(api.at(path).get().getStatus()).as(export + " for nobody").isEqualTo(401);
            }
            assertThat(api.at("training/sessions/" + sessionId + "/results.pdf?lang=xx")
                    .header("Authorization", Api.basic(trainer, passwords.get(trainer))).get().getStatus())
                    .as("a language we have no words for").isEqualTo(400);
        } finally {
            client.close();
        }

        // reset: cancelled first, then confirmed
        d.findElement(By.id("training-reset")).click();
        await(d, By.id("confirm-cancel")).click();
        assertThat(d.findElements(By.cssSelector("#results-table tr.result-row"))).hasSize(2);
        d.findElement(By.id("training-reset")).click();
        assertThat(text(d, By.id("confirm-text"))).contains("Reset");
        await(d, By.id("confirm-ok")).click();
        await(d, By.id("training-no-results"));
        assertThat(text(d, By.id("notice"))).contains("2 exercises removed");
        assertThat(text(d, By.id("join-code"))).isEqualTo(code);
    }

    @Test
    @Order(5)
    void theLearnViewListsProvisionsWithTheirScenariosAndExplainsTheProfileTopics() throws Exception {
        ChromeDriver d = traineeBrowser;
        open(d, "/?lang=en#/training/learn");
        WebElement provision = await(d, By.cssSelector("#learn-provisions section[data-article='UNTOC art. 18(12)']"));
        WebElement link = provision.findElement(By.cssSelector("a[href='#/training/scenario/" + SCENARIO + "']"));
        assertThat(d.findElements(By.cssSelector("#learn-topics dt"))).hasSize(18);
        assertThat(text(d, By.id("learn-topics"))).contains("Dual criminality").contains("art. 16(10)").contains("Asset sharing");
        new org.openqa.selenium.support.ui.Select(d.findElement(By.id("learn-state"))).selectByValue("DEU");
        assertThat(d.findElement(By.id("learn-state-link")).getAttribute("href")).endsWith("/api/states/DEU");
        axe(d, "learn view");
        screenshot(d, "training-learn");
        link.click();
        wait(d, 10).until(ExpectedConditions.urlContains("#/training/scenario/" + SCENARIO));
        assertThat(await(d, By.id("case-file")).getText()).contains("Daniel Kerr");
        axe(d, "scenario case file");

        // in French the scenario content is French; in Arabic the page runs right to left and says the content is English
        open(d, "/?lang=fr#/training/scenario/" + SCENARIO);
        wait(d, 10).until(x -> text(x, By.id("training-title")).startsWith("Le témoignage"));
        assertThat(text(d, By.id("training-banner"))).contains("FORMATION");
        open(d, "/?lang=ar#/training/learn");
        await(d, By.id("learn-topics"));
        assertThat(d.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(d.findElement(By.cssSelector("#learn-provisions a[href='#/training/scenario/" + SCENARIO + "']")).getAttribute("lang"))
                .isEqualTo("en");
        axe(d, "learn view in Arabic");
        screenshot(d, "training-learn-arabic");
        open(d, "/?lang=en#/training/learn");
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Joins the session with the code through the page, starts its scenario, returns the exercise id. */
    private String joinAndStart(ChromeDriver d, String joinCode) {
        open(d, "/?lang=en#/training/join");
        WebElement input = await(d, By.id("join-code-input"));
        input.sendKeys(joinCode);
        d.findElement(By.id("join-submit")).click();
        WebElement start = await(d, By.cssSelector("#session-scenario-list button.scenario-start[data-scenario='" + SCENARIO + "']"));
        assertThat(text(d, By.id("training-banner"))).contains("TRAINING");
        start.click();
        wait(d, 20).until(ExpectedConditions.urlContains("#/training/exercise/"));
        await(d, By.id("case-file"));
        return d.getCurrentUrl().replaceAll(".*#/training/exercise/([^/]+).*", "$1");
    }

    private void submitAndAwaitFeedback(ChromeDriver d) {
        d.findElement(By.id("exercise-submit")).click();
        assertThat(await(d, By.id("confirm-text")).getText()).contains("cannot change it");
        d.findElement(By.id("confirm-ok")).click();
        wait(d, 30).until(ExpectedConditions.urlContains("#/training/feedback/"));
        await(d, By.id("feedback-score"));
    }

    /** A PDF's text with spaces dropped (a table cell wraps where it likes; scores use no-break spaces). */
    private static String pdfText(byte[] pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return withoutSpaces(new org.apache.pdfbox.text.PDFTextStripper().getText(doc));
        }
    }

    private static String withoutSpaces(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static int scorePercent(String score) {
        Matcher m = Pattern.compile("\\((\\d+) %\\)").matcher(score);
        assertThat(m.find()).as(score).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The scenario's model answer, read from its YAML file, as JSON. */
    @SuppressWarnings("unchecked")
    private static String modelAnswer() throws IOException {
        try (Reader in = Files.newBufferedReader(SCENARIO_FILE, StandardCharsets.UTF_8)) {
            Map<String, Object> scenario = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            JsonObject model = Json.createObjectBuilder((Map<String, Object>) scenario.get("model")).build();
            return model.toString();
        }
    }

    /** Signs the browser in as the user (POST /api/session from the page, as the sign-in dialog does), after signing out. */
    private void signIn(ChromeDriver d, String username) {
        d.get(url("/?lang=en#/training"));
        awaitReady(d);
        Object status = d.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const headers = { 'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-Token': sessionStorage.getItem('mla.csrf') || '' };
                fetch('/api/session', { method: 'DELETE', credentials: 'same-origin', headers }).catch(() => null).then(() =>
                  fetch('/api/session', { method: 'POST', credentials: 'same-origin',
                      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
                      body: JSON.stringify({ username: arguments[0], password: arguments[1] }) }))
                  .then(async (r) => { const j = await r.json(); sessionStorage.setItem('mla.csrf', j.csrfToken); done(r.status); })
                  .catch((e) => done(String(e)));
                """, username, passwords.get(username));
        assertThat(status).as("browser sign-in of " + username).isEqualTo(200L);
    }

    private void open(ChromeDriver d, String path) {
        d.get("about:blank");
        d.get(url(path));
        awaitReady(d);
    }

    private static void awaitReady(ChromeDriver d) {
        wait(d, 30).until(x -> "true".equals(((JavascriptExecutor) x).executeScript("return document.body.dataset.ready || null;")));
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private static WebElement await(ChromeDriver d, By by) {
        return wait(d, 20).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static String text(org.openqa.selenium.WebDriver d, By by) {
        return d.findElement(by).getText().trim();
    }

    private static WebDriverWait wait(org.openqa.selenium.WebDriver d, int seconds) {
        return new WebDriverWait(d, Duration.ofSeconds(seconds));
    }

    private static void screenshot(ChromeDriver d, String name) throws IOException {
        screenshot(d, name, null);
    }

    /** A screenshot from the top of the page (header and TRAINING marking), or from the element with the given id. */
    private static void screenshot(ChromeDriver d, String name, String fromId) throws IOException {
        d.executeScript(fromId == null ? "window.scrollTo(0, 0);" : "document.getElementById(arguments[0]).scrollIntoView();", fromId);
        Path shot = d.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void axe(ChromeDriver d, String page) throws IOException {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(d);
        List<Rule> serious = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(rule);
            }
        }
        String line = "axe " + page + ": " + results.getViolations().size() + " violations ("
                + results.getViolations().stream().map(r -> r.getId() + "/" + r.getImpact()).collect(Collectors.joining(", "))
                + "), " + results.getPasses().size() + " rules passed, " + results.getIncomplete().size() + " to review by hand";
        System.out.println("[training] " + line);
        Files.writeString(AXE, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        assertThat(serious).as(page + ": " + serious.stream().map(r -> r.getId() + " " + r.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(" "))).collect(Collectors.joining("; ")))
                .isEmpty();
    }
}
