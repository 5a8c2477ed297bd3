package org.mlasuite.incoming.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last register number given for one year and direction, e.g. IN-2026. */
@Entity
@Table(name = "register_counter")
public class RegisterCounterEntity {

    @Id
    @Column(length = 20)
    String name;

    @Column(name = "last_number", nullable = false)
    long value;
}
