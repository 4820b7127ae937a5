package org.acesdk.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.acesdk.data.AceData;
import org.acesdk.data.AceDataUpdater;
import org.acesdk.data.DataTable;
import org.acesdk.data.HtsRelease;
import org.acesdk.data.UpdateListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ace data info | update}: the reference data. */
@Command(name = "data", description = "The reference data (tariff history, fees, chapter 99 programs, PGA flags...).",
        subcommands = {DataCommand.Info.class, DataCommand.Update.class})
final class DataCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code ace data info [--dir DIR]}. */
    @Command(name = "info", description = "List the data tables: what they hold, as of when, where from.")
    static final class Info implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--dir", paramLabel = "DIR", description = "A data directory written by 'ace data update' "
                + "(default: the data bundled with the SDK).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            AceData data = dir == null ? AceData.bundled() : AceData.fromDirectory(dir);
            StringBuilder out = new StringBuilder("data version " + data.version() + "\n");
            for (DataTable t : data.tables().values()) {
                out.append(String.format("%-22s as of %s  (%s)%n", t.id(), t.asOf(), t.origin()));
                for (String s : t.sources()) {
                    out.append("    ").append(s).append('\n');
                }
            }
            spec.commandLine().getOut().print(out);
            spec.commandLine().getOut().flush();
            return AceCli.OK;
        }
    }

    /** {@code ace data update --dir DIR --id ID --name NAME --effective DATE}. */
    @Command(name = "update", description = "Fetch a new HTS revision from the USITC and install it as the newest of the "
            + "directory's tariff history. The installed data is unchanged when anything fails.")
    static final class Update implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The data directory.")
        Path dir;

        @Option(names = "--id", required = true, paramLabel = "ID", description = "The revision's id, e.g. "
                + "2026_revision_11.")
        String id;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The revision's name, e.g. "
                + "\"2026 Revision 11\".")
        String name;

        @Option(names = "--effective", required = true, paramLabel = "YYYY-MM-DD", description = "Its effective date.")
        LocalDate effective;

        @Option(names = "--progress", negatable = true, description = "Draw a progress bar on standard error "
                + "(default: only when it is a terminal).")
        Boolean progress;

        @Option(names = "--url", paramLabel = "URL", description = "The USITC REST base URL (default: the public one).")
        URI url;

        @Override
        public Integer call() throws Exception {
            java.io.PrintWriter err = spec.commandLine().getErr();
            ProgressBar bar = new ProgressBar(err, progress == null ? ProgressBar.byDefault() : progress, "KB");
            AceDataUpdater.Builder b = AceDataUpdater.builder().listener(new UpdateListener() {
                @Override
                public void progress(long bytesRead, long contentLength) {
                    long total = contentLength > 0 ? (contentLength + 1023) / 1024 : -1;
                    bar.update(bytesRead == contentLength ? total : bytesRead / 1024, total);
                }
            });
            if (url != null) {
                b.baseUri(url);
            }
            org.acesdk.data.UpdateResult result;
            try {
                result = b.build().installHtsRevision(dir, HtsRelease.current(id, name, effective));
            } finally {
                bar.finish();
            }
            spec.commandLine().getOut().println("installed " + name + " (" + effective + ") in " + dir + ": " + result);
            spec.commandLine().getOut().flush();
            return AceCli.OK;
        }
    }
}
