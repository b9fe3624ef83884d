package dev.streamt.compiler.core.manifest;

import dev.streamt.compiler.core.project.Contact;
import dev.streamt.compiler.core.project.ExposureDefinition;
import dev.streamt.compiler.core.project.InputRef;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.Sla;
import dev.streamt.contracts.manifest.Exposure;
import dev.streamt.contracts.manifest.ExposureContact;
import dev.streamt.contracts.manifest.NodeId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The manifest's exposures with the nodes they read and write, their SLA and contacts. Pure. */
final class Exposures {

    private Exposures() {
    }

    static List<Exposure> of(ProjectDefinition project) {
        List<Exposure> exposures = new ArrayList<>();
        for (ExposureDefinition e : project.exposures()) {
            exposures.add(new Exposure(e.name(), e.type(), e.role(), e.description(), e.owner(), e.tags(), e.url(),
                    e.repo(), e.language(), e.tool(), e.consumerGroup(), nodes(project, e.produces()),
                    nodes(project, e.consumes()), nodes(project, e.dependsOn()), sla(e.sla()), contacts(e.contacts())));
        }
        return exposures;
    }

    static List<NodeId> nodes(ProjectDefinition project, List<InputRef> refs) {
        List<NodeId> ids = new ArrayList<>();
        for (InputRef ref : refs) {
            Nodes.of(project, ref).map(NodeId::parse).ifPresent(ids::add);
        }
        return ids;
    }

    private static Map<String, Object> sla(Sla sla) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (sla == null) {
            return map;
        }
        put(map, "availability", sla.availability());
        put(map, "throughput_per_second", sla.throughputPerSecond());
        put(map, "max_lag_seconds", sla.maxLagSeconds());
        put(map, "freshness_seconds", sla.freshnessSeconds());
        put(map, "max_end_to_end_latency_ms", sla.maxEndToEndLatencyMs());
        put(map, "latency_p99_ms", sla.latencyP99Ms());
        return map;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value instanceof BigDecimal d) {
            map.put(key, d.doubleValue());
        } else if (value != null) {
            map.put(key, value);
        }
    }

    private static List<ExposureContact> contacts(List<Contact> contacts) {
        return contacts.stream().map(c -> new ExposureContact(c.name(), c.email(), c.slack())).toList();
    }
}
