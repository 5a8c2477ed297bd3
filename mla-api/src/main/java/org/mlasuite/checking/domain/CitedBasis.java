package org.mlasuite.checking.domain;

import java.util.List;
import java.util.Set;
import org.mlasuite.drafting.domain.RequestDocument;
import org.mlasuite.requirements.domain.Instrument;

/** What the request itself says it rests on, read against the catalogue. */
final class CitedBasis {

    /** UNTOC and its Protocols; offences of a Protocol count as Convention offences (each Protocol's art. 1(3)). */
    static final Set<String> UNTOC_FAMILY = Set.of("untoc", "untoc-tip", "untoc-som", "untoc-fa");

    private CitedBasis() {
    }

    static List<String> instruments(RequestDocument request) {
        return request.legalBasis() == null ? List.of() : request.legalBasis().instruments();
    }

    static boolean reciprocity(RequestDocument request) {
        return request.legalBasis() != null && Boolean.TRUE.equals(request.legalBasis().reciprocity());
    }

    static boolean citesUntoc(RequestDocument request) {
        return instruments(request).stream().anyMatch(UNTOC_FAMILY::contains);
    }

    static boolean citesProtocol(RequestDocument request) {
        return instruments(request).stream().anyMatch(i -> UNTOC_FAMILY.contains(i) && !"untoc".equals(i));
    }

    /** The cited binding instruments both States are recorded as bound by today. */
    static List<Instrument> shared(CheckContext context) {
        RequestDocument request = context.request();
        if (request.requesting().isEmpty() || request.requested().isEmpty()) {
            return List.of();
        }
        return instruments(request).stream()
                .flatMap(id -> context.catalog().instrument(id).stream())
                .filter(i -> i.bindsOn(request.requesting().get(), context.today())
                        && i.bindsOn(request.requested().get(), context.today()))
                .toList();
    }
}
