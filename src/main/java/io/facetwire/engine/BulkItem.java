package io.facetwire.engine;

import io.facetwire.engine.bulk.BulkWrite;

/** One operation of the import's bulk requests, with the record it came from (for its outcome). */
record BulkItem(BulkWrite write, ArticleWriter.Pending pending) {}
