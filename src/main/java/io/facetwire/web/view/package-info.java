/**
 * Page-model pieces several features show the same way (links, an article's facet links, dates), so no
 * feature's page model doubles as a helper library for another's.
 */
package io.facetwire.web.view;
