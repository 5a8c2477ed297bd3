package org.mlasuite.training.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.mlasuite.platform.security.Public;
import org.mlasuite.training.application.TrainingService;
import org.mlasuite.training.domain.Scenario;

/** The scenario library and the learn view: teaching material, public like the reference data. */
@Public
@Path("training")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingScenariosResource {

    @Inject
    TrainingService training;

    @GET
    @Path("scenarios")
    public List<ScenarioView> scenarios(@QueryParam("lang") String lang) {
        Locale locale = locale(lang);
        return training.scenarios().stream().map(s -> ScenarioView.of(s, locale)).toList();
    }

    @GET
    @Path("scenarios/{id}")
    public ScenarioView scenario(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return training.scenario(id).map(s -> ScenarioView.of(s, locale(lang)))
                .orElseThrow(() -> new NotFoundException("No scenario " + id));
    }

    /**
     * The learn view's index: every provision the scenarios exercise, with the scenarios that exercise it, so that
     * a practitioner reading an article can practise it.
     */
    @GET
    @Path("learn")
    public Map<String, List<Map<String, String>>> learn(@QueryParam("lang") String lang) {
        Locale locale = locale(lang);
        Map<String, List<Map<String, String>>> byArticle = new TreeMap<>();
        for (Scenario s : training.scenarios()) {
            for (String article : s.articles()) {
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("id", s.id());
                entry.put("title", s.title().in(locale));
                entry.put("type", s.type().code());
                byArticle.computeIfAbsent(article, a -> new java.util.ArrayList<>()).add(entry);
            }
        }
        return byArticle;
    }

    static Locale locale(String lang) {
        return "fr".equals(lang) ? Locale.FRENCH : Locale.ENGLISH;
    }
}
