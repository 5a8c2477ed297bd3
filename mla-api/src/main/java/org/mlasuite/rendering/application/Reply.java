package org.mlasuite.rendering.application;

import java.time.LocalDate;

/**
 * What a central authority's answer to a registered request shows besides the request itself.
 *
 * @param registerNumber our register number
 * @param receivedOn     the day the request arrived
 * @param theirReference the requesting authority's reference
 * @param officer        the officer in charge, who signs
 * @param note           the officer's own words (the reasons, for a refusal or postponement)
 * @param replyBy        for a request for additional information: the date by which the answer is asked
 */
public record Reply(String registerNumber, LocalDate receivedOn, String theirReference, String officer, String note,
        LocalDate replyBy) {
}
