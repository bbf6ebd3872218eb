package eu.smpcatalogue.occupation;

import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the recognising bodies pointing at organisations that exist when administrators merge two of them. */
@Service
public class Recognitions {

	private final NamedParameterJdbcTemplate jdbc;

	Recognitions(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void moveBody(String mergedSlug, String keptSlug) {
		jdbc.update("UPDATE partnership_recognition SET body_slug = :kept WHERE body_slug = :merged",
				Map.of("kept", keptSlug, "merged", mergedSlug));
	}

}
