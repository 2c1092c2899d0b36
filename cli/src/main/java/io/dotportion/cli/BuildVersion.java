package io.dotportion.cli;

import io.dotportion.server.http.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code dotportion --version}: the version and the commit of the build, as {@code GET /health} reports them. */
final class BuildVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"dotportion " + BuildInfo.current().describe()};
    }
}
