/**
 * Small helpers every controller uses: turning domain rejections into field errors,
 * paging parameters.
 */
package io.ownership.web.support;
