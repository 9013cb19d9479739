package iq.kharita.testing;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;


/** Counts the SQL statements Hibernate prepares while a request runs (statistics are on in the test profile). */
public final class QueryCounter {

    private QueryCounter() {
    }

    public static long count(EntityManagerFactory factory, Runnable request) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

}
