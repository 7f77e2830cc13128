/** Many rows into a table at once: spooled while they are produced, loaded by COPY or in batches. */
package ua.relay.platform.bulk;
