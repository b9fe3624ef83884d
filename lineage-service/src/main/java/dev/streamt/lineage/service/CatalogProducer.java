package dev.streamt.lineage.service;

import dev.streamt.lineage.catalog.LineageCatalog;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the plain-Java catalog a bean: one per process, shared by the consumers, the refresher and the resources. */
public class CatalogProducer {

    @Produces
    @Singleton
    LineageCatalog catalog() {
        return new LineageCatalog();
    }
}
