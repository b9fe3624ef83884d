/**
 * The Kafka topic executor: carries out {@code kafka_topic} changes on a project's cluster.
 *
 * <p>{@link dev.streamt.deployer.target.kafka.KafkaTopicExecutor} is the entry; it reads each change
 * ({@link dev.streamt.deployer.target.kafka.TopicStep}, {@link dev.streamt.deployer.target.kafka.TopicSpec},
 * {@link dev.streamt.deployer.target.kafka.TopicDiff}), resolves placeholders, then runs the phases of a batch:
 * {@code TopicDeletion} (deletes, and the first half of replaces), {@code TopicCreation} (creates and replaces),
 * {@code TopicUpdate} (partitions, configs). {@link dev.streamt.deployer.target.kafka.RequestChunks} keeps each admin
 * request within the per-request limits, {@link dev.streamt.deployer.target.kafka.TopicDecisions} holds the idempotency
 * decisions, service-runtime's
 * {@link dev.streamt.runtime.secrets.SecretScrubber} and {@link dev.streamt.runtime.clusters.KafkaErrors} make step
 * errors without resolved values, and {@link dev.streamt.runtime.clusters.AdminClients} (shared with the planner) owns
 * the admin clients, one per resolved cluster, with a circuit per cluster.
 */
package dev.streamt.deployer.target.kafka;
