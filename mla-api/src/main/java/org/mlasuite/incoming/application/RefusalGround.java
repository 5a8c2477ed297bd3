package org.mlasuite.incoming.application;

import org.mlasuite.shared.Citation;

/** A ground on which the requested State may refuse or postpone, for the officer to weigh (never decided for them). */
public record RefusalGround(String code, String text, Citation citation, String status) {
}
