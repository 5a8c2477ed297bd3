package org.mlasuite.checking.application;

import java.util.List;
import org.mlasuite.checking.domain.Severity;
import org.mlasuite.shared.Citation;

/**
 * One line of the check catalogue.
 *
 * @param types       the request types it runs for (mla, extradition, provisional-arrest, confiscation)
 * @param stateDriven whether it reads the requested State's profile or declarations rather than the Convention
 *                    or a Model Treaty alone
 */
public record CheckEntry(String id, Severity severity, Citation citation, String description, List<String> types,
        boolean stateDriven) {
}
