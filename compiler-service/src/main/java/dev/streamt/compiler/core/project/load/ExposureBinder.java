package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Contact;
import dev.streamt.compiler.core.project.ExposureAccess;
import dev.streamt.compiler.core.project.ExposureContract;
import dev.streamt.compiler.core.project.ExposureDefinition;
import dev.streamt.compiler.core.project.InputRef;
import dev.streamt.compiler.core.project.Positions;
import dev.streamt.compiler.core.project.Sla;
import dev.streamt.contracts.manifest.ExposureRole;
import dev.streamt.contracts.manifest.ExposureType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads one {@code exposures[]} item. */
final class ExposureBinder {

    static final Keys EXPOSURE = Keys.of("name", "type", "role", "description", "owner", "tags", "url", "repo",
            "language", "tool", "consumer_group", "produces", "consumes", "depends_on", "sla", "contacts", "contracts",
            "access");
    static final Keys SLA = Keys.of("availability", "throughput_per_second", "max_lag_seconds", "freshness_seconds",
            "max_end_to_end_latency_ms", "latency_p99_ms");
    static final Keys CONTACT = Keys.of("name", "email", "slack");
    static final Keys CONTRACTS = Keys.of("schema", "compatibility");
    static final Keys ACCESS = Keys.of("roles", "purpose");
    static final List<String> TYPES = List.of("application", "dashboard", "ml_training", "ml_inference", "api");
    static final List<String> ROLES = List.of("producer", "consumer", "both");
    static final List<String> COMPATIBILITIES = List.of("BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD",
            "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE", "NONE");

    private ExposureBinder() {
    }

    /** The exposure, or null when it has no usable name. */
    static ExposureDefinition bind(BindContext ctx, YamlItem item) {
        if (!item.isMapping(ctx, "a mapping (an exposure)")) {
            return null;
        }
        Positions.Builder positions = Positions.builder(item.span());
        Fields exposure = Fields.read(ctx, item.node(), item.path(), "", positions, EXPOSURE);
        String name = DefinitionNames.read(exposure, "exposure");
        exposure.require("type", String.join(", ", TYPES));
        String type = exposure.choice("type", TYPES);
        String role = exposure.choice("role", ROLES);
        List<InputRef> produces = refs(exposure, "produces");
        List<InputRef> consumes = refs(exposure, "consumes");
        List<InputRef> dependsOn = refs(exposure, "depends_on");
        Sla sla = sla(exposure.map("sla", SLA));
        List<Contact> contacts = new ArrayList<>();
        for (YamlItem contactItem : exposure.items("contacts")) {
            Fields contact = contactItem.read(ctx, positions, CONTACT);
            if (contact.require("name", null) && RuntimeBinder.nonEmpty(contact, "name") != null) {
                contacts.add(new Contact(contact.string("name"), contact.string("email"), contact.string("slack"),
                        contactItem.span()));
            }
        }
        Fields contracts = exposure.map("contracts", CONTRACTS);
        Fields access = exposure.map("access", ACCESS);
        return name == null ? null : new ExposureDefinition(name,
                type == null ? null : ExposureType.fromWireValue(type),
                role == null ? null : ExposureRole.fromWireValue(role), exposure.string("description"),
                exposure.string("owner"), exposure.strings("tags"), exposure.string("url"), exposure.string("repo"),
                exposure.string("language"), exposure.string("tool"), exposure.string("consumer_group"), produces,
                consumes, dependsOn, sla, contacts,
                contracts == null ? null : new ExposureContract(contracts.string("schema"), Values.choice(ctx,
                        contracts.value("compatibility"), contracts.pathOf("compatibility"), COMPATIBILITIES, true,
                        true)),
                access == null ? null : new ExposureAccess(access.strings("roles"), access.string("purpose")),
                positions.build());
    }

    private static List<InputRef> refs(Fields exposure, String key) {
        List<InputRef> refs = new ArrayList<>();
        for (YamlItem item : exposure.items(key)) {
            InputRef ref = ModelBinder.inputRef(exposure.ctx, item, exposure.positions, false);
            if (ref != null) {
                refs.add(ref);
            }
        }
        return refs;
    }

    private static Sla sla(Fields sla) {
        if (sla == null) {
            return null;
        }
        String availability = sla.string("availability");
        return new Sla(availability, sla.number("throughput_per_second", BigDecimal.ZERO, null),
                sla.longValue("max_lag_seconds", 0), sla.longValue("freshness_seconds", 0),
                sla.longValue("max_end_to_end_latency_ms", 0), sla.longValue("latency_p99_ms", 0));
    }
}
