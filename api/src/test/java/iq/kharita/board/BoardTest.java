package iq.kharita.board;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import iq.kharita.demo.DemoDataLoader;
import iq.kharita.testing.AtOnce;
import iq.kharita.testing.QueryCounter;
import iq.kharita.testing.Tokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static iq.kharita.testing.Fixtures.text;
import static iq.kharita.testing.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's cards carry what the workshop reads from across the room (overdue, blocked, risk, lead, governorate)
 * and what each reader may do with them, computed in a constant number of statements, and served again while the
 * roadmap is unchanged.
 */
@QuarkusTest
class BoardTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    DemoDataLoader demo;

    long roadmapId;
    long pillarId;
    long lead;

    @BeforeEach
    void roadmap() {
        lead = as().contentType(ContentType.JSON).body(Map.of("abbreviation", unique("MOP"), "name", text("Ministry", "وزارة"), "type", "MINISTRY"))
                .post("/api/v1/stakeholders").then().statusCode(201).extract().jsonPath().getLong("id");
        roadmapId = as().contentType(ContentType.JSON)
                .body(Map.of("code", unique("BRD"), "title", text("Board", "لوحة"), "versionLabel", "v1", "ownerStakeholderId", lead))
                .post("/api/v1/roadmaps").then().statusCode(201).extract().jsonPath().getLong("id");
        pillarId = as().contentType(ContentType.JSON)
                .body(Map.of("roadmapId", roadmapId, "code", "OPS", "name", text("Operations", "العمليات"), "order", 1))
                .post("/api/v1/pillars").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void cardsShowOverdueBlockedRiskLeadAndGovernorate() {
        long late = measure("OPS-1", "IN_PROGRESS", LocalDate.now().minusDays(3), List.of("IQG16Q02"), "PUBLIC");
        long waiting = measure("OPS-2", "NOT_STARTED", LocalDate.now().plusDays(30), List.of(), "PUBLIC");
        long done = measure("OPS-3", "COMPLETED", LocalDate.now().minusDays(3), List.of(), "PUBLIC");
        as().contentType(ContentType.JSON).body(Map.of("measureId", waiting, "predecessorId", late))
                .post("/api/v1/dependencies").then().statusCode(201);
        risk(late, 4, 5, "PUBLIC");
        risk(late, 2, 2, "PUBLIC");
        risk(waiting, 5, 5, "RESTRICTED");

        JsonPath coordinator = board("coordinator");
        assertThat(coordinator.getBoolean(card("OPS-1") + ".overdue")).isTrue();
        assertThat(coordinator.getBoolean(card("OPS-3") + ".overdue")).as("a completed measure is never overdue").isFalse();
        assertThat(coordinator.getBoolean(card("OPS-2") + ".blocked")).isTrue();
        assertThat(coordinator.getBoolean(card("OPS-1") + ".blocked")).isFalse();
        assertThat(coordinator.getInt(card("OPS-1") + ".riskScore")).isEqualTo(20);
        assertThat(coordinator.getInt(card("OPS-2") + ".riskScore")).isEqualTo(25);
        assertThat(coordinator.getString(named("locations", coordinator.getLong(card("OPS-1") + ".governorateIds[0]")) + ".pcode")).isEqualTo("IQG16");
        assertThat(coordinator.getString(named("locations", coordinator.getLong(card("OPS-1") + ".locationIds[0]")) + ".pcode")).isEqualTo("IQG16Q02");
        assertThat(coordinator.getString(named("stakeholders", coordinator.getLong(card("OPS-1") + ".leadId")) + ".name.en")).isEqualTo("Ministry");
        assertThat(coordinator.getString(named("pillars", coordinator.getLong(card("OPS-1") + ".pillarId")) + ".code")).isEqualTo("OPS");
        assertThat(coordinator.getList("locations.pcode", String.class)).as("each place named once").containsExactlyInAnyOrder("IQG16", "IQG16Q02");
        assertThat(coordinator.getBoolean(card("OPS-1") + ".editable")).isTrue();
        assertThat(coordinator.getLong(card("OPS-3") + ".id")).isEqualTo(done);

        JsonPath donor = board("donor");
        assertThat(donor.getBoolean(card("OPS-1") + ".editable")).as("a donor moves no card").isFalse();
        assertThat(donor.get(card("OPS-2") + ".riskScore") == null).as("a restricted risk does not colour the donor's card").isTrue();
    }

    @Test
    void aLeadMayMoveOnlyTheCardsOfTheirOwnGroup() {
        demo.load();
        long demoRoadmap = given().auth().oauth2(Tokens.of("coordinator")).get("/api/v1/roadmaps?size=200").then().extract().jsonPath()
                .getLong("items.find { it.code == '" + DemoDataLoader.ROADMAP_CODE + "' }.id");
        // two leads in turn, with no change between them: the second must not be given the first one's board
        for (String username : List.of("lead-psy", "lead-doc")) {
            String code = username.equals("lead-doc") ? "WG-DOC" : "WG-PSY";
            JsonPath board = given().auth().oauth2(Tokens.of(username)).get("/api/v1/board?roadmap=" + demoRoadmap)
                    .then().statusCode(200).extract().jsonPath();
            long own = board.getLong("workingGroups.find { it.code == '" + code + "' }.id");
            assertThat(board.getList("cards.findAll { it.editable }.workingGroupId", Long.class)).as(username).isNotEmpty().containsOnly(own);
            assertThat(board.getList("cards.findAll { !it.editable }.workingGroupId", Long.class)).as(username).doesNotContain(own);
        }
    }

    @Test
    void costsTheSameStatementsForTwoCardsAsForTwenty() {
        measure("OPS-A", "IN_PROGRESS", null, List.of("IQG16Q02"), "PUBLIC");
        String token = Tokens.of("coordinator");
        // the gazetteer of places is read once per process; what is counted is every later board
        given().auth().oauth2(token).get("/api/v1/board?roadmap=" + roadmapId).then().statusCode(200);
        // each new measure changes the board, so the next one is built again, not served from what was kept
        measure("OPS-B", "IN_PROGRESS", null, List.of(), "PUBLIC");
        long few = QueryCounter.count(entityManagerFactory, () -> given().auth().oauth2(token).get("/api/v1/board?roadmap=" + roadmapId).then().statusCode(200));
        for (int i = 0; i < 18; i++) {
            long id = measure("OPS-M" + i, "DELAYED", LocalDate.now().minusDays(i), List.of("IQG16Q02", "IQG01"), "INTERNAL");
            risk(id, 1 + i % 5, 3, "PUBLIC");
        }
        long many = QueryCounter.count(entityManagerFactory, () -> given().auth().oauth2(token).get("/api/v1/board?roadmap=" + roadmapId).then().statusCode(200));
        assertThat(few).as("a board built").isGreaterThan(1);
        assertThat(many).isEqualTo(few);
    }

    @Test
    void anUnchangedBoardIsServedAgainForOneStatement() {
        measure("OPS-A", "IN_PROGRESS", LocalDate.now().minusDays(1), List.of("IQG16Q02"), "PUBLIC");
        String token = Tokens.of("coordinator");
        String built = given().auth().oauth2(token).get("/api/v1/board?roadmap=" + roadmapId).then().statusCode(200).extract().asString();
        String[] again = new String[1];
        long statements = QueryCounter.count(entityManagerFactory,
                () -> again[0] = given().auth().oauth2(token).get("/api/v1/board?roadmap=" + roadmapId).then().statusCode(200).extract().asString());
        assertThat(statements).as("the roadmap's existence and revision").isEqualTo(1);
        assertThat(again[0]).isEqualTo(built);
    }

    @Test
    void screensRefetchingAtOnceAfterAChangeShareOneBuild() {
        long changed = measure("OPS-A", "IN_PROGRESS", LocalDate.now().plusDays(10), List.of("IQG16Q02"), "PUBLIC");
        String token = Tokens.of("coordinator");
        String path = "/api/v1/measures/" + changed;
        given().auth().oauth2(token).get("/api/v1/board?roadmap=" + roadmapId).then().statusCode(200);
        as().contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of("status", "DELAYED", "note", "waiting for the ministry")).patch(path).then().statusCode(200);
        long oneBuild = QueryCounter.count(entityManagerFactory, () -> given().auth().oauth2(token).get("/api/v1/board?roadmap=" + roadmapId).then().statusCode(200));

        // a live change makes every workshop screen ask for the board at the same moment
        as().contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of("status", "IN_PROGRESS", "note", "the ministry answered")).patch(path).then().statusCode(200);
        int screens = 12;
        List<String> boards = new ArrayList<>();
        long statements = QueryCounter.count(entityManagerFactory, () -> boards.addAll(AtOnce.run(screens,
                screen -> given().auth().oauth2(token).get("/api/v1/board?roadmap=" + roadmapId).then().statusCode(200).extract().asString())));
        assertThat(boards).hasSize(screens).containsOnly(boards.get(0));
        assertThat(new JsonPath(boards.get(0)).getString(card("OPS-A") + ".status")).isEqualTo("IN_PROGRESS");
        assertThat(statements).as("one build, and the revision for each of the other screens").isEqualTo(oneBuild + screens - 1);
    }

    @Test
    void theNextBoardAfterAChangeShowsIt() {
        long first = measure("OPS-1", "IN_PROGRESS", LocalDate.now().plusDays(30), List.of(), "PUBLIC");
        long second = measure("OPS-2", "NOT_STARTED", LocalDate.now().plusDays(60), List.of(), "PUBLIC");
        assertThat(board("coordinator").getString(card("OPS-1") + ".status")).isEqualTo("IN_PROGRESS");

        String path = "/api/v1/measures/" + first;
        as().contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of("status", "DELAYED", "progress", 35, "note", "waiting for the ministry"))
                .patch(path).then().statusCode(200);
        JsonPath afterStatus = board("coordinator");
        assertThat(afterStatus.getString(card("OPS-1") + ".status")).isEqualTo("DELAYED");
        assertThat(afterStatus.getInt(card("OPS-1") + ".progress")).isEqualTo(35);

        as().contentType(ContentType.JSON).body(Map.of("measureId", second, "predecessorId", first))
                .post("/api/v1/dependencies").then().statusCode(201);
        assertThat(board("coordinator").getBoolean(card("OPS-2") + ".blocked")).isTrue();

        risk(second, 3, 4, "PUBLIC");
        assertThat(board("coordinator").getInt(card("OPS-2") + ".riskScore")).isEqualTo(12);

        String stakeholder = "/api/v1/stakeholders/" + lead;
        as().contentType(ContentType.JSON).header("If-Match", etag(stakeholder)).body(Map.of("name", text("Ministry of Planning", "وزارة التخطيط")))
                .patch(stakeholder).then().statusCode(200);
        assertThat(board("coordinator").getString(named("stakeholders", lead) + ".name.en")).isEqualTo("Ministry of Planning");
    }

    @Test
    void readersWhoSeeOrMayMoveOtherCardsNeverGetEachOthersBoard() {
        measure("OPS-P", "IN_PROGRESS", null, List.of(), "PUBLIC");
        measure("OPS-I", "IN_PROGRESS", null, List.of(), "INTERNAL");
        // no change between the reads: each is served from what the one before kept, if anything
        JsonPath coordinator = board("coordinator");
        JsonPath donor = board("donor");
        JsonPath again = board("coordinator");
        assertThat(coordinator.getList("cards.code", String.class)).containsExactlyInAnyOrder("OPS-P", "OPS-I");
        assertThat(donor.getList("cards.code", String.class)).containsExactly("OPS-P");
        assertThat(donor.getList("cards.editable", Boolean.class)).containsOnly(false);
        assertThat(again.getList("cards.editable", Boolean.class)).containsOnly(true);
    }

    @Test
    void aRoadmapWithoutCardsTheReaderMaySeeHasAnEmptyBoard() {
        JsonPath empty = board("coordinator");
        assertThat(empty.getList("cards")).isEmpty();
        assertThat(empty.getList("locations")).isEmpty();
        measure("OPS-X", "IN_PROGRESS", null, List.of("IQG16Q02"), "INTERNAL");
        JsonPath donors = board("donor");
        assertThat(donors.getList("cards")).isEmpty();
        assertThat(donors.getList("stakeholders")).isEmpty();
        assertThat(board("coordinator").getList("cards")).hasSize(1);
    }

    @Test
    void aScreenHoldingTheBoardIsToldItIsUnchangedForOneStatementUntilItChanges() {
        long changed = measure("OPS-A", "IN_PROGRESS", LocalDate.now().plusDays(10), List.of(), "PUBLIC");
        String token = Tokens.of("coordinator");
        String board = "/api/v1/board?roadmap=" + roadmapId;
        Response first = given().auth().oauth2(token).get(board).then().statusCode(200).extract().response();
        String held = first.header("ETag");
        assertThat(first.header("Cache-Control")).as("kept by the browser, asked about each time").contains("private").contains("no-cache");
        assertThat(first.header("Vary")).isEqualTo("Accept-Encoding");

        Response[] unchanged = new Response[1];
        long statements = QueryCounter.count(entityManagerFactory,
                () -> unchanged[0] = given().auth().oauth2(token).header("If-None-Match", held).get(board).then().extract().response());
        assertThat(unchanged[0].statusCode()).isEqualTo(304);
        assertThat(unchanged[0].asByteArray()).isEmpty();
        assertThat(unchanged[0].header("ETag")).isEqualTo(held);
        assertThat(statements).as("the roadmap's existence and revision").isEqualTo(1);

        String path = "/api/v1/measures/" + changed;
        as().contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of("status", "DELAYED", "note", "waiting for the ministry")).patch(path).then().statusCode(200);
        Response after = given().auth().oauth2(token).header("If-None-Match", held).get(board).then().statusCode(200).extract().response();
        assertThat(after.jsonPath().getString(card("OPS-A") + ".status")).isEqualTo("DELAYED");
        assertThat(after.header("ETag")).isNotEqualTo(held);
    }

    @Test
    void aReaderWhoSeesOtherCardsIsNeverToldAnotherReadersBoardIsCurrent() {
        measure("OPS-P", "IN_PROGRESS", null, List.of(), "PUBLIC");
        measure("OPS-I", "IN_PROGRESS", null, List.of(), "INTERNAL");
        String board = "/api/v1/board?roadmap=" + roadmapId;
        String coordinators = as().get(board).then().statusCode(200).extract().header("ETag");
        // the same browser, another reader signed in: it still holds the coordinator's board
        Response donors = given().auth().oauth2(Tokens.of("donor")).header("If-None-Match", coordinators).get(board)
                .then().statusCode(200).extract().response();
        assertThat(donors.jsonPath().getList("cards.code", String.class)).containsExactly("OPS-P");
        assertThat(donors.header("ETag")).isNotEqualTo(coordinators);
    }

    @Test
    void theBoardIsSentCompressedToClientsThatAcceptGzip() throws IOException {
        measure("OPS-A", "IN_PROGRESS", LocalDate.now().plusDays(10), List.of("IQG16Q02"), "PUBLIC");
        String board = "/api/v1/board?roadmap=" + roadmapId;
        Response plain = raw().header("Accept-Encoding", "identity").get(board).then().statusCode(200).extract().response();
        assertThat(plain.header("Content-Encoding")).isNull();
        Response compressed = raw().header("Accept-Encoding", "br, gzip;q=0.8").get(board).then().statusCode(200).extract().response();
        assertThat(compressed.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(compressed.header("ETag")).as("the same answer, however it is sent").isEqualTo(plain.header("ETag"));
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(compressed.asByteArray()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(plain.asByteArray());
        }
        assertThat(raw().header("Accept-Encoding", "gzip;q=0, *").get(board).then().statusCode(200).extract().header("Content-Encoding"))
                .as("gzip refused by name").isNull();
    }

    /** Requests whose answers REST Assured leaves as sent, without asking for or undoing any compression itself. */
    private static io.restassured.specification.RequestSpecification raw() {
        return as().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    @Test
    void anUnknownRoadmapIsNotFound() {
        as().get("/api/v1/board?roadmap=999999999").then().statusCode(404).contentType("application/problem+json");
        as().get("/api/v1/board").then().statusCode(400).contentType("application/problem+json");
    }

    private static String card(String code) {
        return "cards.find { it.code == '" + code + "' }";
    }

    /** The entry a card refers to by id in one of the board's lists (pillars, stakeholders, locations). */
    private static String named(String list, long id) {
        return list + ".find { it.id == " + id + " }";
    }

    private JsonPath board(String username) {
        return given().auth().oauth2(Tokens.of(username)).get("/api/v1/board?roadmap=" + roadmapId).then().statusCode(200).extract().jsonPath();
    }

    private long measure(String code, String status, LocalDate due, List<String> places, String visibility) {
        Map<String, Object> body = new HashMap<>(Map.of("pillarId", pillarId, "code", code, "title", text("Measure " + code, "إجراء " + code),
                "type", "OPERATIONAL", "level", "DISTRICT", "phase", "PILOT", "status", status, "visibility", visibility,
                "responsibilities", List.of(Map.of("stakeholderId", lead, "role", "LEAD"))));
        if (due != null) {
            body.put("startDate", due.minusDays(60).toString());
            body.put("dueDate", due.toString());
        }
        if (!places.isEmpty()) {
            body.put("locationIds", places.stream().map(BoardTest::placeId).toList());
        }
        return as().contentType(ContentType.JSON).body(body).post("/api/v1/measures").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long placeId(String pcode) {
        return as().get("/api/v1/locations?q=" + pcode).then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.pcode == '" + pcode + "' }.id");
    }

    private void risk(long measureId, int likelihood, int impact, String visibility) {
        as().contentType(ContentType.JSON)
                .body(Map.of("roadmapId", roadmapId, "kind", "RISK", "category", "FUNDING_SHORTFALL", "title", text("Risk", "خطر"),
                        "likelihood", likelihood, "impact", impact, "ownerStakeholderId", lead, "visibility", visibility, "measureIds", List.of(measureId)))
                .post("/api/v1/risks").then().statusCode(201);
    }

    private static String etag(String path) {
        return as().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static io.restassured.specification.RequestSpecification as() {
        return given().auth().oauth2(Tokens.of("coordinator"));
    }
}
