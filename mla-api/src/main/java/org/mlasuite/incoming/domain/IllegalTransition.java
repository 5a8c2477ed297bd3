package org.mlasuite.incoming.domain;

/** A status change the register's workflow does not allow. */
public class IllegalTransition extends RuntimeException {

    private final RegisterStatus from;
    private final RegisterStatus to;

    public IllegalTransition(RegisterStatus from, RegisterStatus to) {
        super("A request that is " + from.code() + " cannot become " + to.code() + "; possible next statuses: "
                + String.join(", ", from.next().stream().map(RegisterStatus::code).toList()) + ".");
        this.from = from;
        this.to = to;
    }

    public RegisterStatus from() {
        return from;
    }

    public RegisterStatus to() {
        return to;
    }
}
