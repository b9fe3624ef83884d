package dev.streamt.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small project a team would write: raw orders cleaned into a topic of their own, and big orders filtered from it,
 * each with its topic settings, against the test broker. Each method gives the next version of the project, the way
 * the team would edit its files between two compiles.
 */
final class ShopProject {

    static final String ORDERS_TOPIC = "shop.orders";
    static final String BIG_ORDERS_TOPIC = "shop.orders.big";

    private final String bootstrapServers;
    private int ordersPartitions = 3;
    private String ordersRetentionMs = "86400000";
    private boolean withBigOrders = true;
    private final List<String> extraTopicModels = new ArrayList<>();

    ShopProject(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    ShopProject ordersPartitions(int partitions) {
        this.ordersPartitions = partitions;
        return this;
    }

    ShopProject ordersRetentionMs(String retentionMs) {
        this.ordersRetentionMs = retentionMs;
        return this;
    }

    ShopProject withoutBigOrders() {
        this.withBigOrders = false;
        return this;
    }

    /** Also declares a model writing to {@code topic} (like one that another team already created by hand). */
    ShopProject withModelWritingTo(String topic) {
        extraTopicModels.add(topic);
        return this;
    }

    /** The project's files, as sent in a compile command. */
    Map<String, String> files() {
        return Map.of("stream_project.yml", yaml());
    }

    String yaml() {
        StringBuilder yaml = new StringBuilder("""
                project:
                  name: shop
                  owner: shop-team
                runtime:
                  kafka:
                    bootstrap_servers: "%s"
                  flink:
                    default: local
                    clusters:
                      local: {type: rest, rest_url: "http://localhost:18081", sql_gateway_url: "http://localhost:18083"}
                defaults:
                  topic: {partitions: 2, replication_factor: 1}
                sources:
                  - name: orders_raw
                    topic: shop.orders.raw
                    columns:
                      - {name: order_id, type: STRING}
                      - {name: customer_id, type: STRING}
                      - {name: amount, type: DOUBLE}
                models:
                  - name: orders
                    description: Every order, re-keyed by order id
                    key: order_id
                    sql: SELECT * FROM {{ source("orders_raw") }}
                    advanced:
                      topic:
                        name: %s
                        partitions: %d
                        config: {retention.ms: "%s", cleanup.policy: delete}
                """.formatted(bootstrapServers, ORDERS_TOPIC, ordersPartitions, ordersRetentionMs));
        if (withBigOrders) {
            yaml.append("""
                      - name: big_orders
                        description: Orders above 100
                        sql: SELECT order_id, customer_id, amount FROM {{ ref("orders") }} WHERE amount > 100
                        advanced:
                          topic: {name: %s}
                    """.formatted(BIG_ORDERS_TOPIC));
        }
        for (int i = 0; i < extraTopicModels.size(); i++) {
            yaml.append("""
                      - name: copy_%d
                        sql: SELECT * FROM {{ ref("orders") }}
                        advanced:
                          topic: {name: %s}
                    """.formatted(i, extraTopicModels.get(i)));
        }
        return yaml.toString();
    }
}
