/** What the JSON APIs of the web modules share: strict request bodies and JSON builders. */
package org.marquee.web.json;
