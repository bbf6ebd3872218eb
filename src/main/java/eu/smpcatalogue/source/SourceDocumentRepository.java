package eu.smpcatalogue.source;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SourceDocumentRepository extends Repository<SourceDocument, String> {

	List<SourceDocument> findAllByOrderByKey();

}
