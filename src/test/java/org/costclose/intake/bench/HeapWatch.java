package org.costclose.intake.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap of a phase, two ways. Sampled "used" includes garbage not yet collected, so with a small
 * -Xmx it mostly shows how full G1 lets the heap get; the heap still in use right after each
 * collection is what the code keeps alive, and is the figure that must stay flat in N.
 */
public final class HeapWatch {

    private static final long SAMPLE_MILLIS = 20;

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    public HeapWatch() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long live = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> heapPools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    peakAfterGc.accumulateAndGet(live, Math::max);
                }
            }, null, null);
        }
        Thread sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** starts a new phase: peaks from here on */
    public void reset() {
        peakUsed.set(0);
        peakAfterGc.set(0);
    }

    public long peakUsedBytes() {
        return peakUsed.get();
    }

    public long peakAfterGcBytes() {
        return peakAfterGc.get();
    }

    public static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    private void sample() {
        var memory = ManagementFactory.getMemoryMXBean();
        while (true) {
            peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
