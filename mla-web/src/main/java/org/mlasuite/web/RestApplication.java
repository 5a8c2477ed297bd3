package org.mlasuite.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The API lives under /api; the document is at /openapi. It sits in the war, where MicroProfile OpenAPI looks for it. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "MLA suite API", version = "1",
        description = "Requests for mutual legal assistance, extradition and confiscation: drafting, checks against the "
                + "Convention and the requested State's requirements, and PDF/A documents.",
        license = @License(name = "Apache-2.0")))
public class RestApplication extends Application {
}
