/** JPA persistence of the audit trail. Rule: insert and select only; this package has no update or delete. */
package org.mlasuite.audit.infrastructure;
