/**
 * Small helpers every controller uses: turning domain rejections into field errors,
 * paging parameters, CSV lines safe from formula injection.
 */
package io.ownership.web.support;
