package dev.docsite.bench;

import java.util.List;

/** The KPIs of a security programme that generated pages reference and the generated feed reports. */
public final class KpiCatalog {

    public static final List<KpiDefinition> ALL = List.of(
            new KpiDefinition("critical-backlog", "Open critical vulnerabilities", "count", "down", 40, 10, "team"),
            new KpiDefinition("high-backlog", "Open high vulnerabilities", "count", "down", 320, 150, "team"),
            new KpiDefinition("sla-compliance", "SLA compliance", "percent", "up", 84, 95, "business unit"),
            new KpiDefinition("mttr-critical", "MTTR for critical findings", "days", "down", 9, 7, "team"),
            new KpiDefinition("mttr-high", "MTTR for high findings", "days", "down", 34, 30, "team"),
            new KpiDefinition("scan-coverage", "Assets scanned in the last 30 days", "percent", "up", 78, 95, "asset type"),
            new KpiDefinition("mfa-adoption", "MFA adoption", "percent", "up", 91, 100, "business unit"),
            new KpiDefinition("privileged-accounts", "Privileged accounts", "count", "down", 140, 90, "platform"),
            new KpiDefinition("access-review-completion", "Access review completion", "percent", "up", 72, 100, "business unit"),
            new KpiDefinition("patch-latency", "Patch latency", "days", "down", 18, 14, "platform"),
            new KpiDefinition("incident-mttd", "Mean time to detect", "hours", "down", 20, 12, "severity"),
            new KpiDefinition("incident-mttr", "Mean time to respond", "hours", "down", 30, 24, "severity"),
            new KpiDefinition("phishing-click-rate", "Phishing simulation click rate", "percent", "down", 7, 3, "region"),
            new KpiDefinition("training-completion", "Security training completion", "percent", "up", 86, 98, "region"),
            new KpiDefinition("secrets-exposed", "Secrets exposed in repositories", "count", "down", 12, 0, "team"),
            new KpiDefinition("exception-count", "Active risk exceptions", "count", "down", 65, 40, "business unit"),
            new KpiDefinition("third-party-assessed", "Critical vendors assessed", "percent", "up", 70, 100, "vendor tier"),
            new KpiDefinition("fix-rate", "Fix rate (fixed / found)", "ratio", "up", 0.9, 1.1, "team"),
            new KpiDefinition("sbom-coverage", "Services with an SBOM", "percent", "up", 55, 90, "platform"),
            new KpiDefinition("threat-models-current", "Threat models reviewed this year", "percent", "up", 48, 80, "business unit"));

    private KpiCatalog() {
    }
}
