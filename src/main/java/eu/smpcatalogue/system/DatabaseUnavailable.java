package eu.smpcatalogue.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that is away (restarting, cut off, out of connections) from a bug: the first is
 * answered 503 "try again in a moment", the second 500.
 */
public final class DatabaseUnavailable {

	private DatabaseUnavailable() {
	}

	/**
	 * Whether the exception, or anything in its chain of causes, says the database cannot be reached.
	 * Hibernate's TransactionException counts: its JDBC transaction could not be begun, committed or
	 * rolled back, which happens when the connection broke (and it then replaces the original error).
	 */
	public static boolean causedBy(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof TransactionException
					|| cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server is shutting down, crashed or
	 * not yet accepting connections).
	 */
	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P0"));
	}

}
