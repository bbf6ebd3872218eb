package eu.smpcatalogue.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SourceDocumentRepository extends Repository<SourceDocument, String> {

	List<SourceDocument> findAllByOrderByKey();

	Optional<SourceDocument> findById(String key);

	boolean existsById(String key);

	SourceDocument saveAndFlush(SourceDocument document);

	void delete(SourceDocument document);

	void flush();

}
