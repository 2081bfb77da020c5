/**
 * Who publishes the site and where readers report problems: from the build's configuration (PUBLISHER_NAME,
 * REPORT_TO), never invented. Unconfigured, the about page says so and report links lead to its section on it.
 */
export interface Publisher {
  /** The publishing organisation or person, as it should be named: PUBLISHER_NAME. */
  name?: string | undefined;
  /** Where reports go: an e-mail address (`editors@example.org` or `mailto:…`) or a web form or issue tracker URL. */
  reportTo?: string | undefined;
}

export type ReportChannel = { kind: 'email'; address: string } | { kind: 'web'; url: string };

/** What REPORT_TO names, or an error that says what to write instead. */
export function reportChannel(reportTo: string): ReportChannel {
  const value = reportTo.trim();
  const address = value.replace(/^mailto:/i, '');
  if (/^[^\s@/?#]+@[^\s@/?#]+\.[^\s@/?#]+$/.test(address)) return { kind: 'email', address };
  if (/^https?:\/\/[^\s]+$/i.test(value)) return { kind: 'web', url: value };
  throw new Error(`REPORT_TO="${reportTo}" is neither an e-mail address nor an http(s) URL: set it to e.g. editors@example.org or https://example.org/report`);
}

export interface ProblemReport {
  /** The subject line: the page's title (and the provision's label when reported from one). */
  subject: string;
  /** The page's public address (absolute where the build knows the origin). */
  pageUrl: string;
  /** The provision the report is about, if any. */
  provisionId?: string | undefined;
}

/** The body of a report: the page's address and the provision, one per line, for the reader to add to. */
export function reportBody(report: ProblemReport): string {
  return [`${report.pageUrl}${report.provisionId ? `#${report.provisionId}` : ''}`, ...(report.provisionId ? [report.provisionId] : []), '', ''].join('\n');
}

/**
 * Where "Report a problem with this page" leads: a `mailto:` with subject and body, or the configured URL with
 * `title` and `body` added to its query (the names issue trackers such as GitHub's and GitLab's read).
 */
export function reportHref(channel: ReportChannel, report: ProblemReport): string {
  const body = reportBody(report);
  if (channel.kind === 'email') {
    const query = `subject=${encodeURIComponent(report.subject)}&body=${encodeURIComponent(body)}`;
    return `mailto:${channel.address}?${query}`;
  }
  const url = new URL(channel.url);
  url.searchParams.set('title', report.subject);
  url.searchParams.set('body', body);
  return url.href;
}
