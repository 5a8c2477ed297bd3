package org.mlasuite.incoming.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The original file of a registered request, base64. */
@Entity
@Table(name = "register_file")
public class RegisterFileEntity {

    @Id
    @Column(name = "entry_id", length = 36)
    String entryId;

    @Column(nullable = false, columnDefinition = "TEXT")
    String content;
}
