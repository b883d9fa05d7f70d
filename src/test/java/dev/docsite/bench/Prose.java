package dev.docsite.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Security-programme sentences, list items, tables, code samples and admonitions, picked with a caller's random
 * source so that a page's text depends only on the seed.
 *
 * <p>Links, code spans and KPI references are returned with {@link #KEEP} instead of spaces so that
 * {@link #wrap} never breaks a line inside them.
 */
final class Prose {

    /** Stands for a space that must not become a line break. */
    static final char KEEP = '\u0000';

    static final List<String> H2_POOL = List.of(
            "Objective", "Scope", "Roles and responsibilities", "Prerequisites", "Triage workflow",
            "Remediation SLAs", "Exception handling", "Escalation path", "Metrics and reporting", "Tooling",
            "Follow-up routine", "Common pitfalls", "Audit evidence", "Review cadence", "Decision support",
            "Integration with CI/CD", "Risk acceptance", "Ownership model", "Communication plan", "Rollout plan",
            "Success criteria", "Open questions", "Training and enablement", "Automation opportunities");

    static final List<String> H3_POOL = List.of(
            "Backlog growth above threshold", "SLA deterioration", "Critical finding on a crown-jewel asset",
            "Repeated exception requests", "Scanner noise after an upgrade", "New team onboarding",
            "Mean time to remediate (MTTR)", "Coverage of scanned assets", "Weekly review",
            "Monthly leadership update", "Quarterly audit", "Step 1: collect evidence", "Step 2: confirm ownership",
            "Step 3: agree on a due date", "When the owner is unknown", "When a fix needs a release freeze",
            "Compensating controls", "Tool configuration", "Data sources", "Who approves", "What to record",
            "Known limitations", "Disputed severity", "Vendor-managed systems", "Legacy systems",
            "Temporary access", "Emergency changes", "Dashboards", "Alert thresholds", "Handover to operations");

    static final List<String> DOC_KINDS = List.of(
            "runbook", "playbook", "standard", "guide", "checklist", "procedure", "review routine", "policy",
            "FAQ", "reference");

    private static final List<String> AUDIENCES = List.of(
            "for payments", "for mobile teams", "for the platform team", "for managers", "for engineers",
            "for auditors", "in production", "for new teams", "for vendors", "for the data platform",
            "for internal tools", "for the customer portal");

    private static final List<String> SENTENCES = List.of(
            "The goal of {subject} is to keep *{sev}* findings from ageing past {days} days on any {asset}.",
            "Each team records the owner in the {codefield} field so that escalations reach a person, not a queue.",
            "The {role} reviews {subject} every {cadence} and writes the decision in the ticket.",
            "Use {cmd} to check the current state before changing anything.",
            "Findings that are *accepted* need an expiry date and a named approver; open-ended exceptions are rejected.",
            "When the backlog of the {team} team grows more than {pct}% in a month, the {role} schedules a focused remediation sprint.",
            "**Do not** close a finding until the fix has been verified by a rescan or a retest.",
            "Evidence for auditors is exported from {tool} and stored with the quarterly review notes.",
            "{Subject} works best when engineering managers see the same numbers as the security team.",
            "A *crown-jewel* {asset} gets the shortest SLA regardless of the default severity of the scanner.",
            "The integration with {tool} opens tickets automatically, labelled {tag} and the asset name.",
            "Keep the scope small at first: one {asset} per team, then widen once the process is stable.",
            "Teams report blockers in the weekly review, and anything blocked for more than {days} days is escalated.",
            "The rule applies to every {asset} that handles *customer data*, including internal tools.",
            "Metrics are computed from the {codefield} and `status` fields, so keep them accurate.",
            "If {tool} reports a regression, the release is held until the {role} signs off.",
            "Track the ratio of fixed to found findings; a ratio below one means the backlog is **growing**.",
            "Set {config} in the configuration of the {team} team so that the safe behaviour is the default.",
            "The {role} owns the process, while the {team} team owns the fixes and the evidence.",
            "Exceptions are reviewed every {cadence}; an expired exception reopens the finding automatically.",
            "Automate the boring parts first: {cmd} runs in the pipeline and posts its result to {tool}.",
            "Changes to {subject} are announced in the security channel one {cadence} ahead.");

    private static final List<String> LINK_SENTENCES = List.of(
            "See {link} for {purpose}.",
            "{link} describes {purpose}.",
            "Before you start, read {link}.",
            "The {role} uses {link} when {situation}.",
            "For {purpose}, follow {link}.",
            "This complements {link}, which covers {purpose}.");

    private static final List<String> PURPOSES = List.of(
            "the escalation rules", "the evidence checklist", "how exceptions are approved", "the ownership model",
            "the reporting cadence", "the tooling setup", "the SLA table", "the review checklist",
            "related controls", "the onboarding steps");

    private static final List<String> SITUATIONS = List.of(
            "a finding is disputed", "an SLA is about to breach", "a new team is onboarded",
            "the auditors ask for evidence", "a release is blocked", "an exception expires");

    private static final List<String> LIST_ITEMS = List.of(
            "Review open *{sev}* findings older than {days} days",
            "Confirm the owner of every {asset}",
            "Escalate items blocked for more than {days} days to the {role}",
            "Document exceptions that expire this {cadence}",
            "Export the evidence stored in {tool}",
            "Verify fixes with a rescan before closing the ticket",
            "Check the access granted to the {team} team",
            "Fill in the {codefield} field on new tickets",
            "Compare the backlog trend of the {team} team with the previous {cadence}",
            "Run {cmd} and attach the output to the ticket",
            "Schedule the next review of {subject} with the {role}",
            "Rotate credentials that have not changed this {cadence}");

    private static final List<String> ROLES = List.of(
            "AppSec manager", "security manager", "CISO", "engineering manager", "platform lead",
            "security champion", "risk officer", "SOC lead");
    private static final List<String> TEAMS = List.of(
            "payments", "mobile", "checkout", "identity platform", "data platform", "internal tools",
            "customer portal", "billing");
    private static final List<String> TOOLS = List.of(
            "the SIEM", "the ASPM platform", "Jira", "the CI pipeline", "the vulnerability scanner",
            "the EDR console", "the ticketing system", "GitHub Advanced Security");
    private static final List<String> ASSETS = List.of(
            "service", "application", "repository", "cloud account", "API", "container image", "database");
    private static final List<String> CADENCES = List.of("week", "sprint", "month", "quarter");
    private static final List<String> FREQUENCIES = List.of("Weekly", "Monthly", "Quarterly");
    private static final List<String> DAYS = List.of("7", "14", "30", "45", "60", "90");
    private static final List<String> COMMANDS = List.of(
            "trivy image --severity HIGH,CRITICAL app:latest", "semgrep ci", "npm audit --omit=dev",
            "kubectl get pods -A", "aws iam list-users", "gh api /orgs/acme/teams", "terraform plan",
            "gitleaks detect --no-git", "osv-scanner -r .", "syft packages dir:.");
    private static final List<String> CODE_FIELDS = List.of(
            "owner", "risk_score", "sla_days", "business_unit", "asset_tier", "due_date");
    private static final List<String> CONFIGS = List.of(
            "mfa_required: true", "block_on_critical: true", "retention_days: 365", "require_signed_commits: true",
            "max_exception_days: 90");
    private static final List<String> LABELS = List.of("security", "appsec", "sla-breach", "needs-triage");
    private static final List<String> TIP_TITLES = List.of(
            "Start small", "Automate evidence", "Keep owners current", "Measure before you change",
            "Ask for help early");

    private final SplittableRandom random;
    private final PagePlan page;

    Prose(SplittableRandom random, PagePlan page) {
        this.random = random;
        this.page = page;
    }

    static String title(SplittableRandom random, String subject, String kind) {
        return subject + " " + kind + " " + pick(random, AUDIENCES);
    }

    static String sidebarLabel(String subject, String kind) {
        return subject + " " + kind;
    }

    static String description(String subject, String kind, String sectionLabel) {
        return capitalize(kind) + " for " + lowerFirst(subject) + " in the " + lowerFirst(sectionLabel)
                + " programme: owners, SLAs, evidence and escalation.";
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Lower-cases the first letter unless the word is an acronym such as MFA or SBOM. */
    static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    String sentence() {
        return fill(pick(random, SENTENCES));
    }

    String linkSentence(String link) {
        return fill(pick(random, LINK_SENTENCES).replace("{link}", link));
    }

    String listItem(String linkOrNull) {
        String item = fill(pick(random, LIST_ITEMS));
        return linkOrNull == null ? item + "." : item + " (see " + linkOrNull + ").";
    }

    String tipTitle() {
        return pick(random, TIP_TITLES);
    }

    /** An inline code span that {@link #wrap} keeps on one line. */
    static String code(String text) {
        return "`" + text.replace(' ', KEEP) + "`";
    }

    private String fill(String template) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            out.append(value(template.substring(open + 1, close)));
            i = close + 1;
        }
        return out.toString();
    }

    private String value(String slot) {
        return switch (slot) {
            case "subject" -> lowerFirst(page.subject());
            case "Subject" -> page.subject();
            case "sev" -> random.nextBoolean() ? "critical" : "high";
            case "days" -> pick(random, DAYS);
            case "pct" -> Integer.toString(10 + random.nextInt(31));
            case "asset" -> pick(random, ASSETS);
            case "role" -> pick(random, ROLES);
            case "team" -> pick(random, TEAMS);
            case "tool" -> pick(random, TOOLS);
            case "cadence" -> pick(random, CADENCES);
            case "cmd" -> code(pick(random, COMMANDS));
            case "codefield" -> code(pick(random, CODE_FIELDS));
            case "config" -> code(pick(random, CONFIGS));
            case "tag" -> code(pick(random, LABELS));
            case "purpose" -> pick(random, PURPOSES);
            case "situation" -> pick(random, SITUATIONS);
            default -> throw new IllegalArgumentException("unknown slot {" + slot + "}");
        };
    }

    /** A GFM table of one of four kinds, as lines. */
    List<String> table() {
        return switch (random.nextInt(4)) {
            case 0 -> List.of(
                    "| Severity | SLA (days) | Escalate after (days) | Approver for exceptions |",
                    "| --- | ---: | ---: | --- |",
                    "| Critical | " + (3 + random.nextInt(5)) + " | " + (2 + random.nextInt(3)) + " | CISO |",
                    "| High | " + (14 + random.nextInt(17)) + " | " + (7 + random.nextInt(8)) + " | Security manager |",
                    "| Medium | " + (45 + random.nextInt(46)) + " | " + (30 + random.nextInt(15)) + " | AppSec manager |",
                    "| Low | " + (120 + random.nextInt(61)) + " | n/a | Team lead |");
            case 1 -> teamTable();
            case 2 -> List.of(
                    "| Control | Evidence | Frequency | Owner |",
                    "| --- | --- | --- | --- |",
                    "| " + page.subject() + " reviewed | Signed review notes | " + pick(random, FREQUENCIES) + " | " + capitalize(pick(random, ROLES)) + " |",
                    "| Exceptions approved | Ticket with expiry date | Per request | Risk officer |",
                    "| Findings triaged | Export from " + pick(random, TOOLS) + " | Weekly | " + capitalize(pick(random, ROLES)) + " |",
                    "| Metrics published | Dashboard snapshot | Monthly | Security manager |");
            default -> List.of(
                    "| Step | Who | Output |",
                    "| --- | --- | --- |",
                    "| Collect findings | " + capitalize(pick(random, ROLES)) + " | Triage list |",
                    "| Confirm owners | " + capitalize(pick(random, ROLES)) + " | Owner per " + pick(random, ASSETS) + " |",
                    "| Agree on due dates | Engineering manager | Due dates in " + pick(random, TOOLS) + " |",
                    "| Verify fixes | Security champion | Rescan result |");
        };
    }

    private List<String> teamTable() {
        List<String> teams = new ArrayList<>(TEAMS);
        int rows = 3 + random.nextInt(4);
        List<String> lines = new ArrayList<>();
        lines.add("| Team | Open critical | Open high | MTTR (days) | Trend |");
        lines.add("| --- | ---: | ---: | ---: | --- |");
        for (int i = 0; i < rows; i++) {
            String team = teams.remove(random.nextInt(teams.size()));
            lines.add("| " + capitalize(team) + " | " + random.nextInt(12) + " | " + random.nextInt(60) + " | "
                    + (5 + random.nextInt(40)) + " | " + pick(random, List.of("improving", "stable", "worsening")) + " |");
        }
        return lines;
    }

    /** A fenced code block with a language, as lines. */
    List<String> codeBlock() {
        String team = pick(random, TEAMS).replace(' ', '-');
        String subjectKey = page.subject().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return switch (random.nextInt(6)) {
            case 0 -> List.of("```yaml",
                    "policy: " + subjectKey,
                    "owner: " + team,
                    "sla_days:",
                    "  critical: " + (3 + random.nextInt(5)),
                    "  high: " + (14 + random.nextInt(17)),
                    "block_on_critical: " + random.nextBoolean(),
                    "notify:",
                    "  - security@example.com",
                    "```");
            case 1 -> List.of("```bash",
                    "# Count open critical findings of the " + team + " team",
                    "curl -s -H \"Authorization: Bearer $ASPM_TOKEN\" \\",
                    "  \"https://aspm.example.com/api/findings?team=" + team + "&severity=critical&status=open\" \\",
                    "  | jq '.items | length'",
                    "```");
            case 2 -> List.of("```json",
                    "{",
                    "  \"asset\": \"" + team + "-api\",",
                    "  \"severity\": \"" + (random.nextBoolean() ? "critical" : "high") + "\",",
                    "  \"owner\": \"" + team + "\",",
                    "  \"due_in_days\": " + (7 + random.nextInt(60)) + ",",
                    "  \"labels\": [\"" + subjectKey + "\", \"security\"]",
                    "}",
                    "```");
            case 3 -> List.of("```sql",
                    "SELECT team, severity, COUNT(*) AS open_findings",
                    "FROM findings",
                    "WHERE status = 'open' AND age_days > " + (7 + random.nextInt(83)),
                    "GROUP BY team, severity",
                    "ORDER BY open_findings DESC;",
                    "```");
            case 4 -> List.of("```python",
                    "def breaches_sla(finding, sla_days=" + (7 + random.nextInt(60)) + "):",
                    "    \"\"\"True when an open finding is older than its SLA.\"\"\"",
                    "    return finding.status == \"open\" and finding.age_days > sla_days",
                    "",
                    "late = [f for f in findings if breaches_sla(f)]",
                    "print(f\"{len(late)} findings breach the SLA for " + team + "\")",
                    "```");
            default -> List.of("```hcl",
                    "resource \"aws_s3_bucket_public_access_block\" \"" + team.replace('-', '_') + "\" {",
                    "  bucket                  = aws_s3_bucket." + team.replace('-', '_') + ".id",
                    "  block_public_acls       = true",
                    "  block_public_policy     = true",
                    "  restrict_public_buckets = true",
                    "}",
                    "```");
        };
    }

    /** Wraps text at about 100 characters, never inside a link, code span or KPI reference. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > 100 && safeLineStart(word)) {
                lines.add(line.toString().replace(KEEP, ' '));
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString().replace(KEEP, ' '));
        }
        return lines;
    }

    /** A word that would turn a continuation line into a list item, heading, quote or table must not start one. */
    private static boolean safeLineStart(String word) {
        return !(word.matches("\\d+[.)]") || word.startsWith("-") || word.startsWith("+") || word.startsWith(">")
                || word.startsWith("#") || word.startsWith("|") || word.startsWith(":") || word.startsWith("=")
                || word.equals("*"));
    }
}
