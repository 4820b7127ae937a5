/** What CBP says back about a transmission, decoded: dispositions and conditions. */
package org.acesdk.model.response;
