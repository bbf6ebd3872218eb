package eu.smpcatalogue.source;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class SourceDocuments {

	private final SourceDocumentRepository repository;

	SourceDocuments(SourceDocumentRepository repository) {
		this.repository = repository;
	}

	public List<SourceDocument> all() {
		return repository.findAllByOrderByKey();
	}

}
