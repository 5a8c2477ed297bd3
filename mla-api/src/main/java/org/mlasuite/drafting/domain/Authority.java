package org.mlasuite.drafting.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * An authority named in a request: the one making it (UNTOC art. 18(15)(a)) or the one conducting the
 * investigation, prosecution or proceedings (18(15)(b)).
 */
public record Authority(
        @Size(max = 300, message = "The authority's name can have at most 300 characters.") String name,
        @Size(max = 500, message = "The authority's functions can be described in at most 500 characters.") String functions,
        @Size(max = 500, message = "The address can have at most 500 characters.") String address,
        @Size(max = 200, message = "The contact person's name can have at most 200 characters.") String contactPerson,
        @Email(message = "The e-mail address is not valid.") @Size(max = 254, message = "The e-mail address can have at most 254 characters.") String email,
        @Size(max = 50, message = "The telephone number can have at most 50 characters.") String phone) {
}
