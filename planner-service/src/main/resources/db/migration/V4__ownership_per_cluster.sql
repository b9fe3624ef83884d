-- Ownership is per cluster: two projects on two Kafka clusters may both own a topic of the same name. Rows stored
-- before this have the cluster '' and match any cluster of their owner until its next deployment step rewrites them.
ALTER TABLE owned_resource ADD COLUMN cluster VARCHAR(1000) NOT NULL DEFAULT '';
ALTER TABLE owned_resource DROP CONSTRAINT owned_resource_pkey;
ALTER TABLE owned_resource ADD PRIMARY KEY (target, cluster, name);
CREATE INDEX owned_resource_by_name ON owned_resource (target, name);
