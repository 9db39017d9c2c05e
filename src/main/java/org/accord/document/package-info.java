/**
 * Documents and their versions ({@code document}, {@code document_version}), their structured content
 * and comparison ({@code document.content}), and the routing each follows ({@code document_routing},
 * from the routing table). The only writer of a document's status, which follows its process
 * ({@link org.accord.document.DocumentStatusMarker}). Publishes {@link org.accord.document.DocumentWithdrawn}
 * and, as each document enters a stage, {@link org.accord.document.DocumentStatusChanged}.
 * The coordinator submits versions (the type's fields and tables, or a file) and withdraws the document
 * in the document page's section {@code /documents/{id}/revision}.
 */
@ApplicationModule(displayName = "Document")
package org.accord.document;

import org.springframework.modulith.ApplicationModule;
