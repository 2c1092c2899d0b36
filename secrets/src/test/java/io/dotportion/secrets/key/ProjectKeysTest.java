package io.dotportion.secrets.key;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.Aead;
import io.dotportion.core.port.KeysetStore;
import io.dotportion.core.port.WrappedKeyset;
import io.dotportion.secrets.testing.MemoryKeysets;
import io.dotportion.secrets.testing.Vaults;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ProjectKeysTest {
    private final MasterKeys keys = MasterKeys.of(Vaults.randomKey());

    @Test
    void a_project_has_no_key_until_its_first_write() {
        ProjectKeys projectKeys = new ProjectKeys(new MemoryKeysets(), keys, Clock.systemUTC());

        assertThat(projectKeys.existing("p1")).isEmpty();
        Aead created = projectKeys.forWriting("p1");
        assertThat(projectKeys.existing("p1")).containsSame(created);
    }

    @Test
    void two_processes_creating_a_project_key_at_once_share_the_first_one() throws Exception {
        MemoryKeysets store = new MemoryKeysets();
        Aead first = new ProjectKeys(store, keys, Clock.systemUTC()).forWriting("p1");
        ProjectKeys late = new ProjectKeys(new HidesOnFirstFind(store), keys, Clock.systemUTC());

        Aead second = late.forWriting("p1");

        byte[] sealed = first.encrypt("x".getBytes(StandardCharsets.UTF_8), new byte[0]);
        assertThat(second.decrypt(sealed, new byte[0])).isEqualTo("x".getBytes(StandardCharsets.UTF_8));
        assertThat(store.count()).isEqualTo(1);
    }

    /** Sees no keyset on its first look, as a process does that loses the creation race. */
    private static final class HidesOnFirstFind implements KeysetStore {
        private final MemoryKeysets delegate;
        private final AtomicBoolean hidden = new AtomicBoolean();

        HidesOnFirstFind(MemoryKeysets delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<WrappedKeyset> find(String projectId) {
            return hidden.compareAndSet(false, true) ? Optional.empty() : delegate.find(projectId);
        }

        @Override
        public boolean insertIfAbsent(WrappedKeyset keyset) {
            return delegate.insertIfAbsent(keyset);
        }

        @Override
        public boolean replace(WrappedKeyset keyset, String expectedKeyId, int expectedRevision) {
            return delegate.replace(keyset, expectedKeyId, expectedRevision);
        }

        @Override
        public List<WrappedKeyset> all() {
            return delegate.all();
        }

        @Override
        public long count() {
            return delegate.count();
        }

        @Override
        public boolean delete(String projectId) {
            return delegate.delete(projectId);
        }
    }
}
