package eu.smpcatalogue.compare;

/** The matrix's orders: by name (the default), most elements present first, or one of the catalogue's. */
enum MatrixSort {

	NAME("name"), ELEMENTS("elements"), CATALOGUE(null);

	private final String parameter;

	MatrixSort(String parameter) {
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

}
